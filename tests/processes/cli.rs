//! The real `jitgate` binary, driven as a newcomer would: `serve`, `migrate`,
//! `token`, the real grpcurl (1.8.6, which speaks only reflection v1alpha)
//! and curl. The README's example blocks are extracted and run as printed.

use crate::common;

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Output, Stdio},
    sync::mpsc,
    time::Duration,
};

use common::{Backend, TestDb, jitgate_bin};

/// A `jitgate serve` child process and the address it announced.
struct Served {
    child: Child,
    addr: String,
}

impl Served {
    fn start(dir: &Path, args: &[&str]) -> Self {
        let mut child = Command::new(jitgate_bin())
            .arg("serve")
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .current_dir(dir)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn jitgate serve");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("jitgate listening on ") {
                    let _ = tx.send(addr.to_string());
                }
            }
        });
        let addr = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("jitgate serve announces its address");
        Self { child, addr }
    }

    /// Sends SIGTERM and returns whether the process exited cleanly.
    fn terminate(mut self) -> bool {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            assert!(
                std::time::Instant::now() < deadline,
                "jitgate did not stop after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn grpcurl() -> String {
    std::env::var("GRPCURL").unwrap_or_else(|_| "grpcurl".into())
}

fn run(command: &mut Command) -> Output {
    let output = command.output().expect("run command");
    assert!(
        output.status.success(),
        "{command:?} failed\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The README's examples as one script: the sh code block between each pair
/// of readme-example markers, in order.
fn readme_example() -> String {
    readme_blocks("readme-example")
}

/// The sh code blocks between each pair of `<!-- {marker}:start -->` and
/// `<!-- {marker}:end -->` markers of the README, in order, as one script.
fn readme_blocks(marker: &str) -> String {
    let start_marker = format!("<!-- {marker}:start -->");
    let end_marker = format!("<!-- {marker}:end -->");
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut script = String::new();
    let mut rest = readme.as_str();
    while let Some(start) = rest.find(&start_marker) {
        let end = rest[start..]
            .find(&end_marker)
            .expect("every start marker has an end marker")
            + start;
        let block = &rest[start..end];
        let code_start = block.find("```sh\n").expect("a sh code block") + "```sh\n".len();
        let code_end = block[code_start..].find("```").unwrap() + code_start;
        script.push_str(&block[code_start..code_end]);
        rest = &rest[end + end_marker.len()..];
    }
    assert!(!script.is_empty(), "README has an example block");
    script
}

/// Runs the README example against a server at `addr`, in `dir`, with the
/// built binary standing in for `cargo run -q --release --`.
fn run_readme_example(dir: &Path, addr: &str) -> String {
    run_script(&readme_example(), dir, addr)
}

fn run_script(script: &str, dir: &Path, addr: &str) -> String {
    let script = script
        .replace("cargo run -q --release --", &jitgate_bin().display().to_string())
        .replace("localhost:8080", addr);
    stdout(&run(Command::new("bash")
        .args(["-euo", "pipefail", "-c", &script])
        .current_dir(dir)))
}

fn the_readme_journey(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let db = (backend == Backend::Postgres).then(|| rt.block_on(TestDb::new(backend)));
    let mut args: Vec<String> = Vec::new();
    if let Some(db) = &db {
        // Production shape: migrate as its own step, then serve without it.
        let out = run(Command::new(jitgate_bin())
            .args(["migrate", "--database-url", &db.url])
            .current_dir(dir.path()));
        assert!(stdout(&out).contains("migrations applied"));
        args = vec!["--database-url".into(), db.url.clone(), "--skip-migrations".into()];
    }
    let served = Served::start(dir.path(), &args.iter().map(String::as_str).collect::<Vec<_>>());

    let output = run_readme_example(dir.path(), &served.addr);
    for expected in [
        "jitgate.v1.RoutingService",
        "jitgate.v1.AccessRequestService",
        "grpc.health.v1.Health",
        "\"version\"",
        "\"createdDate\"",
        "prod-needs-manager",
        "\"profile_property\": \"manager\"",
        "\"name\": \"prod-db-read\"",
        "\"revoke_after_in_sec\": 3600",
        "\"created_date\"",
        // The directory batch, then the request config naming its user.
        "\"users\": 2",
        "\"grantRequestApprovalSchemes\": \"manager, workgroup:sre\"",
        "\"name\": \"Bob\"",
        "\"maxReminders\": 3",
        // The access request journey: dry run, filing, approval, revocation, expiry, audit.
        "\"outcome\": \"EVALUATION_OUTCOME_PENDING\"",
        "\"state\": \"REQUEST_STATE_ACTIVE\"",
        "\"state\": \"REQUEST_STATE_EXPIRED\"",
        "\"kind\": \"EVENT_KIND_GRANT_REVOKED\"",
        "\"kind\": \"EVENT_KIND_GRANT_ACTIVATED\"",
        // The curl (REST) block.
        "{\"approval\":[{\"options\":{\"duration\":7200},\"services\":[],\"type\":\"p0\"}]",
        "\"name\":\"staging-db-read\"",
        "\"active\":false",
        "204",
        "\"requested_floating_length\":2",
    ] {
        assert!(
            output.contains(expected),
            "README example output lacks {expected}:\n{output}"
        );
    }

    let described = stdout(&run(Command::new(grpcurl()).args([
        "-plaintext",
        &served.addr,
        "describe",
        "jitgate.v1.RoutingRule",
    ])));
    assert!(described.contains("message RoutingRule"), "{described}");
    assert!(
        described.contains("repeated .jitgate.v1.Approval approval"),
        "{described}"
    );

    let described = stdout(&run(Command::new(grpcurl()).args([
        "-plaintext",
        &served.addr,
        "describe",
        "jitgate.v1.RoutingService.GetRoutingConfig",
    ])));
    assert!(
        described.contains("/o/{org_id}/routing"),
        "the http annotation is visible: {described}"
    );

    let health = stdout(&run(Command::new(grpcurl()).args([
        "-plaintext",
        &served.addr,
        "grpc.health.v1.Health/Check",
    ])));
    assert!(health.contains("SERVING"), "{health}");

    // Without a token grpcurl gets UNAUTHENTICATED.
    let refused = Command::new(grpcurl())
        .args(["-plaintext", "-d", "{\"org_id\":\"acme\"}", &served.addr])
        .arg("jitgate.v1.RoutingService/GetRoutingConfig")
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("Unauthenticated"), "{stderr}");
    // The google.rpc details decode through reflection.
    assert!(
        stderr.contains("type.googleapis.com/google.rpc.RequestInfo"),
        "{stderr}"
    );
    assert!(stderr.contains("\"reason\":\"UNAUTHENTICATED\""), "{stderr}");

    assert!(served.terminate(), "SIGTERM ends jitgate with a success status");
    drop(db);
}

/// The README's "Policy as code" walkthrough, as printed, on a fresh server:
/// export, an offline policy test, plan (exit code 2), apply, plan (no
/// changes), and a plan with its impact simulation.
#[test]
fn the_readme_policy_walkthrough() {
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(dir.path(), &[]);
    let output = run_script(&readme_blocks("readme-example:policy"), dir.path(), &served.addr);
    for expected in [
        "request_config: {}",
        "PASS acme-tests.yaml: prod access waits for the manager, an hour at most",
        "3 passed, 0 failed",
        "+ routing rule \"prod-needs-manager\" added",
        "+ access flow \"prod-db-read\" added",
        "    autoApprovalEnabled: false → true",
        "Plan: 2 to add, 1 to change, 0 to remove.",
        "Applied: 3 change(s)",
        "No changes. The live policy matches the file.",
        "    approval[0].options.duration: 3600 → 1800",
        "Simulation: 2 request(s) re-evaluated, 2 decision(s) change.",
        "    outcome PENDING → REFUSED",
        "  hypothetical #0 by alice@acme.test for aws//db:",
    ] {
        assert!(
            output.contains(expected),
            "the walkthrough's output lacks {expected:?}:\n{output}"
        );
    }
    let plan: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("plan.json")).unwrap()).unwrap();
    assert_eq!(plan["plan"]["changes"][0]["key"], "prod-needs-manager");
    assert!(served.terminate());
}

#[test]
fn the_readme_journey_on_sqlite() {
    the_readme_journey(Backend::Sqlite);
}

#[test]
fn the_readme_journey_on_postgres() {
    the_readme_journey(Backend::Postgres);
}

#[test]
fn the_embedded_default_keeps_its_data_and_secret_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(dir.path(), &[]);
    run_readme_example(dir.path(), &served.addr);
    assert!(served.terminate());
    assert!(dir.path().join("jitgate-data/jitgate.db").exists());

    // A token minted before the restart still works, and the rules are there.
    let token = stdout(&run(Command::new(jitgate_bin())
        .args([
            "token",
            "--org",
            "acme",
            "--sub",
            "alice@acme.test",
            "--role",
            "ORG_ADMIN",
        ])
        .current_dir(dir.path())));
    let served = Served::start(dir.path(), &[]);
    let out = stdout(&run(Command::new(grpcurl())
        .args(["-plaintext", "-H", &format!("authorization: Bearer {}", token.trim())])
        .args(["-d", "{\"org_id\":\"acme\"}", &served.addr])
        .arg("jitgate.v1.RoutingService/GetRoutingConfig")));
    assert!(out.contains("prod-needs-manager"), "{out}");
    assert!(served.terminate());
}

#[test]
fn token_refuses_a_data_directory_without_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(jitgate_bin())
        .args(["token", "--org", "acme", "--sub", "a@acme.test"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success(), "a token no server would accept is not minted");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("no development secret") && said.contains("--data-dir"),
        "{said}"
    );
    assert!(
        !dir.path().join("jitgate-data/dev-jwt-secret").exists(),
        "and no secret is created"
    );
}

#[test]
fn serve_says_where_it_listens_and_how_to_get_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(jitgate_bin())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines: Vec<String> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .take(3)
        .map(Result::unwrap)
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    let addr = lines[0].strip_prefix("jitgate listening on ").expect("the first line");
    assert!(lines[1].contains(&format!("http://{addr}/openapi.json")), "{lines:?}");
    assert!(lines[2].contains("jitgate token --data-dir jitgate-data"), "{lines:?}");
    // And the command it prints works against this data directory.
    let token = Command::new(jitgate_bin())
        .args([
            "token",
            "--data-dir",
            "jitgate-data",
            "--org",
            "acme",
            "--sub",
            "a@acme.test",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(token.status.success(), "{}", String::from_utf8_lossy(&token.stderr));
}

#[test]
fn token_refuses_an_unknown_role() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(jitgate_bin())
        .args(["token", "--org", "acme", "--sub", "a@acme.test", "--role", "SUPERUSER"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown role"));
}

#[test]
fn serve_fails_clearly_when_the_database_cannot_be_reached() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(jitgate_bin())
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database-url",
            "postgres://postgres@127.0.0.1:1/none",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open the database"));
}

#[test]
fn serve_refuses_a_short_hmac_secret() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(jitgate_bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--jwt-hmac-secret", "short"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 32 bytes"));
}

#[test]
fn a_second_server_on_one_sqlite_data_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let first = Served::start(dir.path(), &["--data-dir", "data"]);
    let second = Command::new(jitgate_bin())
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir", "data"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("another jitgate server is using the SQLite database") && stderr.contains("--data-dir"),
        "{stderr}"
    );
    // Once the first has stopped, the directory is free again.
    assert!(first.terminate());
    let again = Served::start(dir.path(), &["--data-dir", "data"]);
    assert!(again.terminate());
}

#[test]
fn a_taken_address_is_named_with_its_flag_before_the_database_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = Command::new(jitgate_bin())
        .args(["serve", "--listen", &addr, "--data-dir", "data"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("cannot listen on {addr} (--listen / JITGATE_LISTEN)")),
        "{stderr}"
    );
    assert!(!dir.path().join("data").exists(), "no data directory was created");
}

/// `jitgate policy test` exits 1 and names each failed case and why; a bad
/// policy file fails `plan` with exit code 1 before any call, naming the
/// field; `policy schema` prints the committed schema.
#[test]
fn policy_commands_report_failures_with_their_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "p.yaml",
        "routing: {rules: [{name: r, requestor: {type: any}, resource: {type: any}, approval: [{type: p0}]}]}\n",
    );
    write(
        "t.yaml",
        "defaults: {requester: a@x.test, resource: {service: s, resource_id: r}, grant: {type: PERMANENT}, now: 2026-01-05T12:00:00Z}\n\
         cases:\n  - {name: pending, expect: {outcome: PENDING, approvers: [role:APPROVER]}}\n  - {name: wrong, expect: {outcome: DENIED}}\n",
    );
    let out = Command::new(jitgate_bin())
        .args(["policy", "test", "-f", "p.yaml", "t.yaml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{printed}");
    assert!(printed.contains("PASS t.yaml: pending"), "{printed}");
    assert!(
        printed.contains("FAIL t.yaml: wrong\n     outcome: expected DENIED, got PENDING"),
        "{printed}"
    );
    assert!(printed.contains("1 passed, 1 failed"), "{printed}");

    write("bad.yaml", "routing: {rules: [{name: r, approval: [{type: nope}]}]}\n");
    let out = Command::new(jitgate_bin())
        .args([
            "policy",
            "plan",
            "--org",
            "acme",
            "-f",
            "bad.yaml",
            "--server",
            "http://127.0.0.1:9",
            "--token",
            "t",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("policy.routing.rules[0].approval[0].type"), "{stderr}");

    // Against a server: 2 when the file changes something, 0 once applied,
    // 1 when the call fails (a token without ORG_ADMIN).
    let served = Served::start(dir.path(), &[]);
    let server = format!("http://{}", served.addr);
    let token = |role: &[&str]| {
        let mut args = vec!["token", "--org", "acme", "--sub", "alice@acme.test"];
        for r in role {
            args.extend(["--role", r]);
        }
        stdout(&run(Command::new(jitgate_bin()).args(&args).current_dir(dir.path())))
            .trim()
            .to_string()
    };
    let (admin, member) = (token(&["ORG_ADMIN"]), token(&[]));
    let policy = |verb: &str, token: &str| {
        Command::new(jitgate_bin())
            .args([
                "policy", verb, "--org", "acme", "-f", "p.yaml", "--server", &server, "--token", token,
            ])
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    assert_eq!(policy("plan", &admin).status.code(), Some(2));
    assert_eq!(policy("apply", &admin).status.code(), Some(0));
    assert_eq!(policy("plan", &admin).status.code(), Some(0));
    let refused = policy("plan", &member);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("PermissionDenied"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert!(served.terminate());

    let schema = run(Command::new(jitgate_bin()).args(["policy", "schema"]));
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/policy.schema.json")).unwrap();
    assert_eq!(stdout(&schema), committed);
}
