//! Bearer-token verification, following RFC 8725 (JWT best current practice):
//! an algorithm allow-list bound to each key (never `none`, never a public key
//! used as an HMAC secret), `exp` required, `nbf` honored, `iss` and `aud`
//! checked, and a small leeway for clock skew.

use std::{
    collections::{BTreeSet, HashMap},
    path::Path,
    sync::RwLock,
};

use base64::Engine as _;
use jsonwebtoken::{
    Algorithm, DecodingKey, Validation, decode, decode_header,
    errors::ErrorKind,
    jwk::{AlgorithmParameters, JwkSet},
};
use serde::{Deserialize, Serialize};

use super::{Principal, Role};
use crate::{
    domain::{
        directory::ids::{GroupId, UserId},
        ids::OrgId,
    },
    error::{Error, Result},
};

/// The longest `sub`, `org` or group a token may carry (an e-mail address's
/// limit).
const MAX_CLAIM_CHARS: usize = 320;

/// Seconds of clock skew tolerated on `exp` and `nbf`.
const LEEWAY_SECS: u64 = 30;

/// The claims jitgate reads (and, for development tokens, writes).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    pub iss: String,
    pub aud: String,
    pub exp: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<u64>,
}

/// Tokens may carry `aud` as a string or a list; we only need the claims
/// jsonwebtoken does not check for us.
#[derive(Debug, Deserialize)]
struct TenantClaims {
    /// Checked by jsonwebtoken on verification; kept to re-check a cached
    /// token. Defaulted here (like `sub`) because jsonwebtoken reads these
    /// claims before it validates them: a missing one must be reported as
    /// missing, not as a malformed token.
    #[serde(default)]
    exp: u64,
    #[serde(default)]
    nbf: Option<u64>,
    #[serde(default)]
    sub: String,
    /// jsonwebtoken accepts an array here when one entry matches; RFC 7519
    /// allows only a string, so the type is checked again in `principal`.
    #[serde(default)]
    iss: serde_json::Value,
    #[serde(default)]
    org: String,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
}

/// One verification key and the algorithms it may be used with.
pub struct VerifyingKey {
    kid: Option<String>,
    key: DecodingKey,
    algorithms: Vec<Algorithm>,
}

impl VerifyingKey {
    /// An HMAC secret (HS256, HS384, HS512).
    pub fn hmac(secret: &[u8]) -> Self {
        Self {
            kid: None,
            key: DecodingKey::from_secret(secret),
            algorithms: vec![Algorithm::HS256, Algorithm::HS384, Algorithm::HS512],
        }
    }

    /// An RSA or EC public key in PEM form.
    pub fn from_pem(pem: &[u8]) -> Result<Self, String> {
        if let Ok(key) = DecodingKey::from_rsa_pem(pem) {
            return Ok(Self {
                kid: None,
                key,
                algorithms: RSA_ALGORITHMS.to_vec(),
            });
        }
        match DecodingKey::from_ec_pem(pem) {
            Ok(key) => Ok(Self {
                kid: None,
                key,
                algorithms: vec![Algorithm::ES256, Algorithm::ES384],
            }),
            Err(e) => Err(format!("not an RSA or EC public key in PEM form: {e}")),
        }
    }

    /// Every RSA and EC key of a JWKS document. Keys of other types (and
    /// symmetric `oct` keys, which do not belong in a published set) are
    /// refused rather than skipped, so a misconfiguration is loud.
    pub fn from_jwks(json: &[u8]) -> Result<Vec<Self>, String> {
        let set: JwkSet = serde_json::from_slice(json).map_err(|e| format!("invalid JWKS: {e}"))?;
        if set.keys.is_empty() {
            return Err("the JWKS has no keys".into());
        }
        set.keys
            .iter()
            .map(|jwk| {
                let algorithms = match &jwk.algorithm {
                    AlgorithmParameters::RSA(_) => RSA_ALGORITHMS.to_vec(),
                    AlgorithmParameters::EllipticCurve(_) => {
                        vec![Algorithm::ES256, Algorithm::ES384]
                    }
                    _ => return Err("only RSA and EC keys are accepted in a JWKS".to_string()),
                };
                // A key that names its algorithm may only be used with it.
                let algorithms = match jwk.common.key_algorithm.and_then(|a| a.to_string().parse().ok()) {
                    Some(alg) if algorithms.contains(&alg) => vec![alg],
                    Some(_) => return Err("a JWKS key names an algorithm of another key type".into()),
                    None => algorithms,
                };
                Ok(Self {
                    kid: jwk.common.key_id.clone(),
                    key: DecodingKey::from_jwk(jwk).map_err(|e| format!("invalid JWK: {e}"))?,
                    algorithms,
                })
            })
            .collect()
    }
}

const RSA_ALGORITHMS: [Algorithm; 6] = [
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
];

/// Verifies Bearer tokens against configured keys, issuer and audience.
pub struct TokenVerifier {
    keys: Vec<VerifyingKey>,
    issuer: String,
    audience: String,
    /// Tokens verified already, with what they proved: a client sends the
    /// same token on every call, and checking a signature and parsing the
    /// claims again each time costs more than the call. The keys never
    /// change while the process runs, so a token verified once stays valid
    /// until its `exp`; that is re-checked on every use.
    verified: RwLock<HashMap<String, Verified>>,
}

#[derive(Clone)]
struct Verified {
    principal: Principal,
    exp: u64,
    nbf: Option<u64>,
}

impl Verified {
    /// Whether the token's time window holds at `now`: the rules
    /// jsonwebtoken applied when it was verified, with the same leeway.
    fn usable_at(&self, now: u64) -> bool {
        let expired = self.exp.saturating_add(LEEWAY_SECS) < now;
        let early = self.nbf.is_some_and(|nbf| nbf > now.saturating_add(LEEWAY_SECS));
        !expired && !early
    }
}

/// The most verified tokens remembered; past it the cache starts over.
const MAX_VERIFIED: usize = 10_000;

impl TokenVerifier {
    pub fn new(keys: Vec<VerifyingKey>, issuer: impl Into<String>, audience: impl Into<String>) -> Self {
        Self {
            keys,
            issuer: issuer.into(),
            audience: audience.into(),
            verified: RwLock::default(),
        }
    }

    /// Verifies `token` and returns its principal, or UNAUTHENTICATED saying
    /// exactly what is wrong with it. A token verified before is answered
    /// from memory while its time window holds.
    pub fn verify(&self, token: &str) -> Result<Principal> {
        let now = jsonwebtoken::get_current_timestamp();
        let known = self
            .verified
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(token)
            .cloned();
        if let Some(known) = known.filter(|k| k.usable_at(now)) {
            return Ok(known.principal);
        }
        let (principal, exp, nbf) = self.verify_signed(token)?;
        let mut verified = self.verified.write().unwrap_or_else(|e| e.into_inner());
        if verified.len() >= MAX_VERIFIED {
            verified.clear();
        }
        verified.insert(
            token.to_string(),
            Verified {
                principal: principal.clone(),
                exp,
                nbf,
            },
        );
        Ok(principal)
    }

    /// Reads the keys from files: PEM public keys and JWKS documents.
    pub fn load_key_files(
        pem_files: &[impl AsRef<Path>],
        jwks_files: &[impl AsRef<Path>],
    ) -> Result<Vec<VerifyingKey>, String> {
        let mut keys = Vec::new();
        for path in pem_files {
            let path = path.as_ref();
            let pem = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            keys.push(VerifyingKey::from_pem(&pem).map_err(|e| format!("{}: {e}", path.display()))?);
        }
        for path in jwks_files {
            let path = path.as_ref();
            let json = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            keys.extend(VerifyingKey::from_jwks(&json).map_err(|e| format!("{}: {e}", path.display()))?);
        }
        Ok(keys)
    }

    /// Checks `token`'s signature and claims; its principal and time window.
    fn verify_signed(&self, token: &str) -> Result<(Principal, u64, Option<u64>)> {
        check_header(token)?;
        let header = decode_header(token).map_err(|_| unauthenticated("the token is not a well-formed JWT"))?;
        let candidates: Vec<&VerifyingKey> = self
            .keys
            .iter()
            .filter(|k| k.algorithms.contains(&header.alg))
            .filter(|k| match (&header.kid, &k.kid) {
                (Some(wanted), Some(have)) => wanted == have,
                _ => true,
            })
            .collect();
        if candidates.is_empty() {
            return Err(unauthenticated(format!(
                "the token's algorithm {:?} (or key id) matches no configured key",
                header.alg
            )));
        }

        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECS;

        let mut last_error = None;
        for key in candidates {
            match decode::<TenantClaims>(token, &key.key, &validation) {
                Ok(data) => {
                    let (exp, nbf) = (data.claims.exp, data.claims.nbf);
                    return principal(data.claims).map(|p| (p, exp, nbf));
                }
                Err(e) => last_error = Some(e),
            }
        }
        Err(describe(last_error.expect("at least one candidate key")))
    }
}

/// Refused before anything else looks at the token: `alg: none`, and a
/// `crit` header — it names extensions the recipient must understand, and
/// jitgate understands none (RFC 7515 §4.1.11).
fn check_header(token: &str) -> Result<()> {
    let header_b64 = token.split('.').next().unwrap_or_default();
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(header_b64.trim_end_matches('=')) else {
        return Ok(()); // malformed; decode_header reports it
    };
    #[derive(Deserialize)]
    struct Checked {
        alg: Option<String>,
        crit: Option<serde_json::Value>,
    }
    let Ok(header) = serde_json::from_slice::<Checked>(&bytes) else {
        return Ok(()); // decode_header reports it
    };
    if header.alg.is_some_and(|alg| alg.eq_ignore_ascii_case("none")) {
        return Err(unauthenticated("unsigned tokens (alg \"none\") are not accepted"));
    }
    if header.crit.is_some() {
        return Err(unauthenticated(
            "the token's header has a crit parameter; jitgate understands no critical extensions",
        ));
    }
    Ok(())
}

fn principal(claims: TenantClaims) -> Result<Principal> {
    if !claims.iss.is_string() {
        return Err(unauthenticated("the token's issuer (iss) must be one string"));
    }
    if claims.org.trim().is_empty() {
        return Err(unauthenticated("the token has no org claim"));
    }
    if claims.sub.trim().is_empty() {
        return Err(unauthenticated("the token has an empty sub claim"));
    }
    // These become actors and audit entries: text every database stores.
    let unstorable = |s: &str| s.chars().count() > MAX_CLAIM_CHARS || s.chars().any(char::is_control);
    if unstorable(&claims.sub) || unstorable(&claims.org) || claims.groups.iter().any(|g| unstorable(g)) {
        return Err(unauthenticated(format!(
            "the token's sub, org and groups must be at most {MAX_CLAIM_CHARS} characters without control characters"
        )));
    }
    let roles: BTreeSet<Role> = claims.roles.iter().filter_map(|r| Role::parse(r)).collect();
    Ok(Principal {
        subject: UserId::from(claims.sub),
        org: OrgId::new(claims.org),
        roles,
        groups: claims.groups.into_iter().map(GroupId::from).collect(),
    })
}

fn describe(err: jsonwebtoken::errors::Error) -> Error {
    let message = match err.kind() {
        ErrorKind::ExpiredSignature => "the token has expired".to_string(),
        ErrorKind::ImmatureSignature => "the token is not valid yet (nbf)".to_string(),
        ErrorKind::InvalidAudience => "the token's audience (aud) is not this service".to_string(),
        ErrorKind::InvalidIssuer => "the token's issuer (iss) is not trusted".to_string(),
        ErrorKind::InvalidSignature => {
            "the token's signature does not verify (was it minted for another data directory or key?)".to_string()
        }
        ErrorKind::InvalidAlgorithm => "the token's algorithm is not allowed".to_string(),
        ErrorKind::MissingRequiredClaim(claim) => format!("the token lacks the {claim} claim"),
        ErrorKind::Json(_) | ErrorKind::Base64(_) | ErrorKind::Utf8(_) | ErrorKind::InvalidToken => {
            "the token is not a well-formed JWT".to_string()
        }
        other => format!("the token was rejected: {other:?}"),
    };
    unauthenticated(message)
}

fn unauthenticated(message: impl Into<String>) -> Error {
    Error::Unauthenticated(message.into())
}

#[cfg(test)]
mod tests {
    use jsonwebtoken::{EncodingKey, Header, encode};

    use super::*;

    const SECRET: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn verifier() -> TokenVerifier {
        TokenVerifier::new(vec![VerifyingKey::hmac(SECRET)], "jitgate", "jitgate")
    }

    fn claims() -> Claims {
        let now = jsonwebtoken::get_current_timestamp();
        Claims {
            sub: "alice@acme.test".into(),
            org: "acme".into(),
            roles: vec!["ORG_ADMIN".into(), "SUPERUSER".into()],
            groups: vec!["sre".into()],
            iss: "jitgate".into(),
            aud: "jitgate".into(),
            exp: now + 600,
            nbf: None,
            iat: Some(now),
        }
    }

    fn sign(claims: &Claims) -> String {
        encode(
            &Header::new(Algorithm::HS256),
            claims,
            &EncodingKey::from_secret(SECRET),
        )
        .unwrap()
    }

    fn rejection(token: &str) -> String {
        match verifier().verify(token) {
            Err(Error::Unauthenticated(m)) => m,
            other => panic!("expected UNAUTHENTICATED, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_token_yields_its_principal_with_known_roles_only() {
        let p = verifier().verify(&sign(&claims())).unwrap();
        assert_eq!(p.subject, "alice@acme.test");
        assert_eq!(p.org, "acme");
        assert_eq!(p.roles.iter().copied().collect::<Vec<_>>(), [Role::OrgAdmin]);
        assert_eq!(p.groups, ["sre"]);
    }

    /// Signs an arbitrary header and claims document with the test secret.
    fn sign_raw(header: serde_json::Value, claims: serde_json::Value) -> String {
        let b64 = |v: &serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap())
        };
        let message = format!("{}.{}", b64(&header), b64(&claims));
        let signature =
            jsonwebtoken::crypto::sign(message.as_bytes(), &EncodingKey::from_secret(SECRET), Algorithm::HS256)
                .unwrap();
        format!("{message}.{signature}")
    }

    #[test]
    fn an_issuer_given_as_a_list_is_refused_even_when_it_lists_ours() {
        for iss in [serde_json::json!(["jitgate"]), serde_json::json!(["evil", "jitgate"])] {
            let mut c = serde_json::to_value(claims()).unwrap();
            c["iss"] = iss;
            let token = sign_raw(serde_json::json!({"alg": "HS256", "typ": "JWT"}), c);
            assert!(rejection(&token).contains("one string"), "{}", rejection(&token));
        }
        // The same document with a string issuer passes: the signature is fine.
        let token = sign_raw(
            serde_json::json!({"alg": "HS256"}),
            serde_json::to_value(claims()).unwrap(),
        );
        assert!(verifier().verify(&token).is_ok());
    }

    #[test]
    fn claims_with_control_characters_are_refused() {
        let mut c = claims();
        c.sub = "alice\u{0}@acme.test".into();
        assert!(rejection(&sign(&c)).contains("control characters"));
        let mut c = claims();
        c.groups = vec!["sre\n".into()];
        assert!(rejection(&sign(&c)).contains("control characters"));
    }

    #[test]
    fn a_header_with_critical_extensions_is_refused() {
        let c = serde_json::to_value(claims()).unwrap();
        let token = sign_raw(
            serde_json::json!({"alg": "HS256", "crit": ["exp"], "exp": 1}),
            c.clone(),
        );
        assert!(rejection(&token).contains("crit"));
        let token = sign_raw(serde_json::json!({"alg": "HS256", "crit": []}), c);
        assert!(rejection(&token).contains("crit"));
    }

    #[test]
    fn alg_none_is_refused() {
        let header = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
        let body = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims()).unwrap());
        assert!(rejection(&format!("{header}.{body}.")).contains("none"));
    }

    #[test]
    fn a_remembered_token_holds_only_inside_its_time_window() {
        let principal = Principal {
            subject: "a@x.test".into(),
            org: "acme".into(),
            roles: BTreeSet::new(),
            groups: vec![],
        };
        let v = Verified {
            principal,
            exp: 1_000,
            nbf: Some(500),
        };
        assert!(v.usable_at(700));
        assert!(v.usable_at(1_000 + LEEWAY_SECS), "the leeway, as on verification");
        assert!(!v.usable_at(1_001 + LEEWAY_SECS));
        assert!(v.usable_at(500 - LEEWAY_SECS));
        assert!(!v.usable_at(499 - LEEWAY_SECS));
    }

    #[test]
    fn a_token_is_verified_once_and_then_remembered() {
        let verifier = verifier();
        let token = sign(&claims());
        let first = verifier.verify(&token).unwrap();
        assert_eq!(verifier.verified.read().unwrap().len(), 1);
        assert_eq!(verifier.verify(&token).unwrap(), first);
        // A tampered token is never answered from memory.
        let tampered = format!("{}x", &token[..token.len() - 1]);
        assert!(verifier.verify(&tampered).is_err());
    }

    #[test]
    fn an_expired_token_is_refused() {
        let mut c = claims();
        c.exp = jsonwebtoken::get_current_timestamp() - 3600;
        assert!(rejection(&sign(&c)).contains("expired"));
    }

    #[test]
    fn a_token_not_valid_yet_is_refused() {
        let mut c = claims();
        c.nbf = Some(jsonwebtoken::get_current_timestamp() + 3600);
        assert!(rejection(&sign(&c)).contains("nbf"));
    }

    #[test]
    fn a_wrong_audience_or_issuer_is_refused() {
        let mut c = claims();
        c.aud = "someone-else".into();
        assert!(rejection(&sign(&c)).contains("aud"));
        let mut c = claims();
        c.iss = "evil".into();
        assert!(rejection(&sign(&c)).contains("iss"));
    }

    #[test]
    fn a_wrong_signature_or_garbage_is_refused() {
        let forged = encode(
            &Header::new(Algorithm::HS256),
            &claims(),
            &EncodingKey::from_secret(b"another secret entirely!"),
        )
        .unwrap();
        assert!(rejection(&forged).contains("signature"));
        assert!(rejection("garbage").contains("well-formed"));
        assert!(rejection("a.b.c").contains("well-formed"));
    }

    #[test]
    fn an_algorithm_outside_the_keys_family_is_refused() {
        // An RS256 header against an HMAC-only key set: the classic key-confusion attack.
        let header = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256","typ":"JWT"}"#);
        let body = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims()).unwrap());
        assert!(rejection(&format!("{header}.{body}.c2ln")).contains("matches no configured key"));
    }

    #[test]
    fn a_token_without_org_is_refused() {
        let mut c = claims();
        c.org = String::new();
        assert!(rejection(&sign(&c)).contains("org"));
    }
}
