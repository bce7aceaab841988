//! Stored documents survive upgrades: the golden documents in
//! `tests/fixtures/documents/` — access requests, access flows, routing
//! rules and request configs as a release wrote them — are put into real
//! rows on SQLite and PostgreSQL and must read back through the store with
//! nothing lost. Version 0 is what releases before document versions wrote
//! (no `"_v"`); version 1 is today's. A later build that cannot read one of
//! them breaks every existing installation: never edit or delete these
//! files, add new ones beside them (decision 0020).

use chrono::{TimeZone, Utc};
use common::{Backend, TestDb, requests::request};
use jitgate::{
    clock::new_id,
    domain::{
        access_flow::{AccessFlow, Approver, Grantee, PrincipalKind, RevokeAfter, Settings, Trigger},
        ids::OrgId,
        routing::{Requestor, Resource, RoutingRule},
    },
    store::{
        AccessFlowStore, AccessRequestStore, NewAccessFlow, NewEvent, NewWorkflowVersion, RequestConfigReplace,
        RequestConfigStore, RoutingStore, SeaStore,
    },
};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::Value;

use crate::common;

const ORG: &str = "acme";
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/documents");

/// The golden documents of one kind, every version: (file name, text).
fn goldens(kind: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = std::fs::read_dir(FIXTURES)
        .expect("the fixtures directory")
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{kind}.v")) && n.ends_with(".json"))
        })
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    found.sort();
    assert!(found.len() >= 2, "{kind}: a version 0 and a version 1 golden document");
    found
}

/// Every key of `golden` (but the version) is in `read` with the same
/// value, recursively: the document was read with nothing lost.
fn assert_kept(name: &str, path: &str, golden: &Value, read: &Value) {
    match (golden, read) {
        (Value::Object(g), Value::Object(r)) => {
            for (key, value) in g.iter().filter(|(k, _)| *k != "_v") {
                let Some(kept) = r.get(key) else {
                    panic!("{name}: {path}.{key} was lost on reading");
                };
                assert_kept(name, &format!("{path}.{key}"), value, kept);
            }
        }
        (Value::Array(g), Value::Array(r)) => {
            assert_eq!(g.len(), r.len(), "{name}: {path} has another length");
            for (i, (g, r)) in g.iter().zip(r).enumerate() {
                assert_kept(name, &format!("{path}[{i}]"), g, r);
            }
        }
        (g, r) => assert_eq!(g, r, "{name}: {path} changed on reading"),
    }
}

/// A document's content without its version envelope.
fn content(text: &str) -> Value {
    let mut json: Value = serde_json::from_str(text).unwrap();
    if let Value::Object(fields) = &mut json {
        fields.remove("_v");
        if fields.len() == 1
            && let Some(items) = fields.remove("items")
        {
            return items;
        }
    }
    json
}

async fn overwrite(store: &SeaStore, sql: &str, values: Vec<sea_orm::Value>) {
    let backend = store.connection().get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => sql.to_string(),
        _ => sql.replace("$1", "?").replace("$2", "?").replace("$3", "?"),
    };
    let done = store
        .connection()
        .execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .unwrap();
    assert_eq!(done.rows_affected(), 1);
}

fn event(subject_type: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: ORG.into(),
        kind: "CONFIG_CHANGED".into(),
        subject_type: subject_type.into(),
        subject_id: "s".into(),
        actor: "admin@acme.test".into(),
        request_id: "r".into(),
        occurred_at: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
        before: None,
        after: None,
        access_request_id: String::new(),
        comment: String::new(),
    }
}

async fn golden_access_requests_read(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    for (name, text) in goldens("access_request") {
        let filed = request(ORG, Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap())
            .file(&store)
            .await;
        overwrite(
            &store,
            "UPDATE access_requests SET document = $1 WHERE id = $2",
            vec![text.clone().into(), filed.id.clone().into()],
        )
        .await;
        let read = store
            .access_request(&OrgId::from(ORG), &filed.id)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .expect("the row");
        assert_kept(&name, "", &content(&text), &serde_json::to_value(&read).unwrap());
    }
}

async fn golden_access_flows_read(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    for (i, (name, text)) in goldens("access_flow").into_iter().enumerate() {
        let flow = AccessFlow {
            name: format!("flow {i}"),
            active: true,
            trigger: Trigger::default(),
            grantees: vec![Grantee {
                kind: PrincipalKind::User,
                id: "alice@acme.test".into(),
            }],
            integration_targets: vec![],
            bundle_targets: vec![],
            approvers: vec![Approver::Manager],
            revoke_after: RevokeAfter::Never,
            settings: Settings::default(),
        };
        let created = store
            .create_access_flow(
                NewAccessFlow {
                    id: new_id(),
                    org_id: ORG.into(),
                    created_at: Utc::now(),
                    flow,
                },
                event("access_flow"),
            )
            .await
            .unwrap();
        overwrite(
            &store,
            "UPDATE access_flows SET body = $1 WHERE id = $2",
            vec![text.clone().into(), created.id.clone().into()],
        )
        .await;
        let read = store
            .access_flow(&OrgId::from(ORG), &created.id)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .expect("the row");
        assert_kept(&name, "", &content(&text), &serde_json::to_value(&read.flow).unwrap());
    }
}

async fn golden_routing_rules_read(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    for (i, (name, text)) in goldens("routing_rules").into_iter().enumerate() {
        let rule = RoutingRule {
            name: "r".into(),
            disabled: false,
            requestor: Requestor::Any,
            resource: Resource::Any,
            approvals: vec![],
        };
        let version = store
            .append_workflow(
                NewWorkflowVersion {
                    id: new_id(),
                    org_id: ORG.into(),
                    base_number: i as i64,
                    created_at: Utc::now(),
                    created_by: "admin@acme.test".into(),
                    rules: vec![rule],
                },
                event("routing"),
            )
            .await
            .unwrap();
        overwrite(
            &store,
            "UPDATE workflow_versions SET rules = $1 WHERE id = $2",
            vec![text.clone().into(), version.id.clone().into()],
        )
        .await;
        let read = store
            .workflow(&OrgId::from(ORG), &version.id)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .expect("the row");
        assert_kept(&name, "", &content(&text), &serde_json::to_value(&read.rules).unwrap());
    }
}

async fn golden_request_configs_read(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    store
        .replace_request_config(
            &OrgId::from(ORG),
            &RequestConfigReplace::default(),
            event("request_config"),
        )
        .await
        .unwrap();
    for (name, text) in goldens("request_config") {
        overwrite(
            &store,
            "UPDATE request_configs SET config = $1 WHERE org_id = $2",
            vec![text.clone().into(), ORG.into()],
        )
        .await;
        let read = store
            .request_config(&OrgId::from(ORG))
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .expect("the row");
        assert_kept(&name, "", &content(&text), &serde_json::to_value(&read).unwrap());
    }
}

/// A document from a newer release is refused by name, not half-read.
async fn a_document_from_a_newer_release_is_refused(backend: Backend) {
    let db = TestDb::new(backend).await;
    let store = db.store().await;
    let filed = request(ORG, Utc::now()).file(&store).await;
    let (_, text) = goldens("access_request").pop().unwrap();
    let mut newer: Value = serde_json::from_str(&text).unwrap();
    newer["_v"] = 99.into();
    overwrite(
        &store,
        "UPDATE access_requests SET document = $1 WHERE id = $2",
        vec![newer.to_string().into(), filed.id.clone().into()],
    )
    .await;
    let err = store.access_request(&OrgId::from(ORG), &filed.id).await.unwrap_err();
    assert!(err.to_string().contains("document version 99"), "{err}");
}

on_both_backends!(
    golden_access_requests_read,
    golden_access_flows_read,
    golden_routing_rules_read,
    golden_request_configs_read,
    a_document_from_a_newer_release_is_refused,
);
