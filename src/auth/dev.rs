//! The embedded default's development tokens: a random HMAC secret kept in the
//! data directory, and `jitgate token` to mint tokens signed with it. Used
//! only when no production key is configured.

use std::{fs, io::Write, path::Path};

use base64::Engine as _;
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use rand::RngCore;

use super::jwt::Claims;

const SECRET_FILE: &str = "dev-jwt-secret";

/// Reads the data directory's development secret, creating it (32 random
/// bytes, owner-only permissions) on first use.
pub fn load_or_create_secret(data_dir: &Path) -> std::io::Result<Vec<u8>> {
    let path = data_dir.join(SECRET_FILE);
    match fs::read_to_string(&path) {
        Ok(text) => base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{}: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(data_dir)?;
            let mut secret = vec![0u8; 32];
            rand::rng().fill_bytes(&mut secret);
            let mut options = fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(&path) {
                Ok(mut file) => {
                    file.write_all(base64::engine::general_purpose::STANDARD.encode(&secret).as_bytes())?;
                    Ok(secret)
                }
                // Another process created it first: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => load_or_create_secret(data_dir),
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

/// Reads the data directory's development secret; an error that says what
/// to do when there is none (`jitgate token` must not mint with a secret no
/// server uses).
pub fn load_secret(data_dir: &Path) -> Result<Vec<u8>, String> {
    let path = data_dir.join(SECRET_FILE);
    if !path.exists() {
        return Err(format!(
            "no development secret in {}: `jitgate serve` creates it on its first start; \
             run this where the server runs, or pass the server's --data-dir",
            data_dir.display()
        ));
    }
    load_or_create_secret(data_dir).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Signs `claims` with an HMAC secret (HS256).
pub fn mint(secret: &[u8], claims: &Claims) -> String {
    encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret),
    )
    .expect("HS256 signing cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::jwt::{TokenVerifier, VerifyingKey};

    #[test]
    fn the_secret_is_created_once_and_then_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create_secret(dir.path()).unwrap();
        let second = load_or_create_secret(dir.path()).unwrap();
        assert_eq!(first.len(), 32);
        assert_eq!(first, second);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(SECRET_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_minted_token_verifies_with_the_same_secret() {
        let secret = b"a development secret of 32 bytes".to_vec();
        let claims = Claims {
            sub: "bob@acme.test".into(),
            org: "acme".into(),
            roles: vec![],
            groups: vec![],
            iss: "jitgate".into(),
            aud: "jitgate".into(),
            exp: jsonwebtoken::get_current_timestamp() + 60,
            nbf: None,
            iat: None,
        };
        let verifier = TokenVerifier::new(vec![VerifyingKey::hmac(&secret)], "jitgate", "jitgate");
        assert_eq!(
            verifier.verify(&mint(&secret, &claims)).unwrap().subject,
            "bob@acme.test"
        );
    }
}
