//! The org's access-request configuration.

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use jitgate::{
    clock::new_id,
    domain::request_config::{ApprovalScheme, RequestConfig},
    error::Error,
    store::{NewEvent, RequestConfigReplace, Store, read_modify_write},
};

use crate::common::{ACME, GLOBEX};

fn event(org: &str) -> NewEvent {
    NewEvent {
        id: new_id(),
        org_id: org.into(),
        kind: "CONFIG_CHANGED".into(),
        subject_type: "request_config".into(),
        subject_id: org.into(),
        actor: "admin@acme.test".into(),
        request_id: "req".into(),
        occurred_at: Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        before: None,
        after: None,
        access_request_id: String::new(),
        comment: String::new(),
    }
}

fn custom() -> RequestConfig {
    let mut config = RequestConfig {
        auto_approval_enabled: true,
        ..Default::default()
    };
    config.reminders.max_reminders = 3;
    config.reminders.fallback_approver_id = Some("alison@acme.test".into());
    config.entitlements.approval_schemes = vec![ApprovalScheme::Manager, ApprovalScheme::Workgroup("g1".into())];
    config
}

async fn an_org_that_never_saved_has_none(store: Arc<dyn Store>) {
    assert_eq!(store.request_config(&ACME).await.unwrap(), None);
}

/// An event carrying the configurations before and after, as a writer
/// renders them (here: their serde form).
fn replacing(before: Option<&RequestConfig>, after: &RequestConfig) -> NewEvent {
    NewEvent {
        before: before.map(|c| serde_json::to_value(c).unwrap()),
        after: Some(serde_json::to_value(after).unwrap()),
        ..event("acme")
    }
}

/// Storing `config` over the `read` one.
fn replacement(config: &RequestConfig, read: Option<&RequestConfig>) -> RequestConfigReplace {
    RequestConfigReplace {
        config: config.clone(),
        read: read.cloned(),
    }
}

async fn a_replacement_is_conditional_on_what_was_read(store: Arc<dyn Store>) {
    store
        .replace_request_config(&ACME, &replacement(&custom(), None), replacing(None, &custom()))
        .await
        .unwrap();
    assert_eq!(store.request_config(&ACME).await.unwrap(), Some(custom()));
    // A writer that read "never saved" lost its race: nothing is written.
    let lost = store
        .replace_request_config(&ACME, &replacement(&RequestConfig::default(), None), event("acme"))
        .await
        .unwrap_err();
    assert!(matches!(lost, Error::Conflict(_)), "{lost:?}");
    let default = RequestConfig::default();
    let lost = store
        .replace_request_config(&ACME, &replacement(&custom(), Some(&default)), event("acme"))
        .await
        .unwrap_err();
    assert!(matches!(lost, Error::Conflict(_)), "{lost:?}");
    store
        .replace_request_config(
            &ACME,
            &replacement(&default, Some(&custom())),
            replacing(Some(&custom()), &default),
        )
        .await
        .unwrap();
    assert_eq!(store.request_config(&ACME).await.unwrap(), Some(default.clone()));

    let events = store.events(&ACME, 0, 10).await.unwrap();
    assert_eq!(events.len(), 2, "refused writes record nothing");
    assert_eq!(events[1].event.before, Some(serde_json::to_value(custom()).unwrap()));
}

async fn orgs_are_isolated(store: Arc<dyn Store>) {
    store
        .replace_request_config(&ACME, &replacement(&custom(), None), event("acme"))
        .await
        .unwrap();
    assert_eq!(store.request_config(&GLOBEX).await.unwrap(), None);
}

/// Through the store's read-modify-write, racing replacements each record
/// their true predecessor.
async fn concurrent_replacements_each_record_their_true_predecessor(store: Arc<dyn Store>) {
    let mut tasks = Vec::new();
    for i in 0..6u32 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            read_modify_write("the request config", |_| {
                let store = store.clone();
                async move {
                    let read = store.request_config(&ACME).await?;
                    let mut config = RequestConfig::default();
                    config.reminders.max_reminders = i;
                    store
                        .replace_request_config(
                            &ACME,
                            &replacement(&config, read.as_ref()),
                            replacing(read.as_ref(), &config),
                        )
                        .await
                }
            })
            .await
            .unwrap();
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    // The events form one chain: each one's `before` is the previous one's `after`.
    let events = store.events(&ACME, 0, 100).await.unwrap();
    assert_eq!(events.len(), 6);
    assert_eq!(events[0].event.before, None);
    for pair in events.windows(2) {
        assert_eq!(
            pair[1].event.before, pair[0].event.after,
            "a replacement lost track of its predecessor"
        );
    }
}

crate::conformance!(
    an_org_that_never_saved_has_none,
    a_replacement_is_conditional_on_what_was_read,
    orgs_are_isolated,
    concurrent_replacements_each_record_their_true_predecessor,
);
