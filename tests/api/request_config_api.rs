//! RequestConfigService through a real server and the generated client, on
//! SQLite and PostgreSQL: defaults, whole replacement, every limit, the
//! fallback approver filled from the directory, tenancy and audit.

use common::{Backend, TestServer, admin_token, authed, token, violation_fields};
use jitgate::{
    api::request_config as encode,
    domain::request_config::RequestConfig,
    pb::v1::{
        self as pb, directory_service_client::DirectoryServiceClient,
        request_config_service_client::RequestConfigServiceClient,
    },
    store::EventStore,
};
use tonic::{Code, transport::Channel};

use crate::{common, common::ACME};

/// Seed 004's example, with `daysBetweenReminders` raised to its minimum of
/// 1 (the seed's own example breaks its schema's `>= 1`).
fn seed_example() -> pb::AccessRequestConfig {
    pb::AccessRequestConfig {
        approvals_must_be_external: true,
        auto_approval_enabled: true,
        request_on_behalf_of_config: Some(pb::RequestOnBehalfOfConfig {
            allow_request_on_behalf_of_anyone_by_anyone: true,
            allow_request_on_behalf_of_employee_by_manager: true,
            ..Default::default()
        }),
        approval_reminder_and_escalation_config: Some(pb::ApprovalReminderAndEscalationConfig {
            days_until_escalation: Some(0),
            days_between_reminders: Some(1),
            max_reminders: Some(1),
            fallback_approver_ref: Some(pb::FallbackApproverRef {
                r#type: "IDENTITY".into(),
                id: "alison@acme.test".into(),
                name: "Alison Ferguso".into(),
                email: "[email protected]".into(),
            }),
        }),
        entitlement_request_config: Some(pb::EntitlementRequestConfig {
            allow_entitlement_request: Some(true),
            request_comments_required: false,
            denied_comments_required: false,
            grant_request_approval_schemes: Some(
                "entitlementOwner, sourceOwner, manager, workgroup:2c918084660f45d6016617daa9210584".into(),
            ),
            ..Default::default()
        }),
        ..Default::default()
    }
}

async fn clients(server: &TestServer) -> (RequestConfigServiceClient<Channel>, DirectoryServiceClient<Channel>) {
    let channel = server.channel().await;
    (
        RequestConfigServiceClient::new(channel.clone()),
        DirectoryServiceClient::new(channel),
    )
}

async fn upsert_user(directory: &mut DirectoryServiceClient<Channel>, org: &str, id: &str, name: &str) {
    directory
        .upsert_user(authed(
            &admin_token(org),
            pb::UpsertUserRequest {
                user: Some(pb::User {
                    id: id.into(),
                    email: id.into(),
                    display_name: name.into(),
                    ..Default::default()
                }),
            },
        ))
        .await
        .expect("upsert user");
}

async fn get(
    client: &mut RequestConfigServiceClient<Channel>,
    token: &str,
) -> Result<pb::AccessRequestConfig, tonic::Status> {
    client
        .get_request_config(authed(token, pb::GetRequestConfigRequest {}))
        .await
        .map(|r| r.into_inner().access_request_config.unwrap())
}

async fn put(
    client: &mut RequestConfigServiceClient<Channel>,
    token: &str,
    config: pb::AccessRequestConfig,
) -> Result<pb::AccessRequestConfig, tonic::Status> {
    client
        .update_request_config(authed(
            token,
            pb::UpdateRequestConfigRequest {
                access_request_config: Some(config),
            },
        ))
        .await
        .map(|r| r.into_inner().access_request_config.unwrap())
}

async fn an_org_that_never_saved_reads_the_documented_defaults(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, _) = clients(&server).await;
    let config = get(&mut client, &admin_token("acme")).await.unwrap();
    assert_eq!(config, encode::request_config(&RequestConfig::default(), None));
    let e = config.entitlement_request_config.unwrap();
    assert_eq!(e.grant_request_approval_schemes.as_deref(), Some("sourceOwner"));
    assert_eq!(e.allow_entitlement_request, Some(true));
    assert_eq!(
        config
            .approval_reminder_and_escalation_config
            .unwrap()
            .days_between_reminders,
        Some(1)
    );
    let config = get(&mut client, &admin_token("acme")).await.unwrap();
    let r = config.approval_reminder_and_escalation_config.as_ref();
    assert_eq!(
        r.and_then(|r| r.max_reminders),
        Some(1),
        "SailPoint's v3 model cannot read 0"
    );
    assert_eq!(config.machine_identity_access_request_enabled, Some(true));
}

/// The body SailPoint's Python SDK 2.x sends on `set_access_request_config_v1`
/// (every key of its model, defaults included), at the vendors' paths.
async fn sailpoint_sdk_paths_and_fields_round_trip(backend: Backend) {
    use common::rest::{self, Version};
    use http::{Method, StatusCode};
    let server = TestServer::start(backend).await;
    let admin = admin_token("acme");
    let body = serde_json::json!({
        "approvalsMustBeExternal": false,
        "autoApprovalEnabled": true,
        "reauthorizationEnabled": true,
        "requestOnBehalfOfConfig": {
            "allowRequestOnBehalfOfAnyoneByAnyone": false,
            "allowRequestOnBehalfOfEmployeeByManager": true,
            "allowRequestOnBehalfOfForMachineIdentity": false,
            "allowRequestForMachineByOwner": true
        },
        "approvalReminderAndEscalationConfig": {
            "daysUntilEscalation": 2,
            "daysBetweenReminders": 1,
            "maxReminders": 3,
            "fallbackApproverRef": null
        },
        "entitlementRequestConfig": {
            "allowEntitlementRequest": true,
            "requestCommentsRequired": false,
            "deniedCommentsRequired": false,
            "grantRequestApprovalSchemes": "manager"
        }
    });
    for path in [
        "/v3/access-request-config",
        "/beta/access-request-config",
        "/v2024/access-request-config",
        "/v2025/access-request-config",
        "/access-request-config/v1",
    ] {
        let put = rest::send(
            server.addr,
            Version::Http1,
            Method::PUT,
            path,
            Some(&admin),
            Some(&body),
            &[],
        )
        .await;
        assert_eq!(put.status, StatusCode::OK, "{path}: {}", put.json());
        let got = rest::send(server.addr, Version::Http1, Method::GET, path, Some(&admin), None, &[]).await;
        assert_eq!(got.status, StatusCode::OK, "{path}");
        let got = got.json();
        assert_eq!(got["reauthorizationEnabled"], true, "{path}: {got}");
        assert_eq!(
            got["requestOnBehalfOfConfig"]["allowRequestOnBehalfOfForMachineIdentity"],
            false
        );
        assert_eq!(got["requestOnBehalfOfConfig"]["allowRequestForMachineByOwner"], true);
        assert_eq!(
            got["machineIdentityAccessRequestEnabled"], true,
            "omitted: SailPoint's default"
        );
        assert_eq!(got["approvalReminderAndEscalationConfig"]["maxReminders"], 3);
        // A read-modify-write of what was read is accepted as is.
        let again = rest::send(
            server.addr,
            Version::Http1,
            Method::PUT,
            path,
            Some(&admin),
            Some(&got),
            &[],
        )
        .await;
        assert_eq!(again.status, StatusCode::OK, "{path}: {}", again.json());
    }
}

async fn the_seed_example_round_trips_with_the_fallback_approver_from_the_directory(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, mut directory) = clients(&server).await;
    let admin = admin_token("acme");
    upsert_user(&mut directory, "acme", "alison@acme.test", "Alison Ferguson").await;

    let saved = put(&mut client, &admin, seed_example()).await.unwrap();
    let mut expected = seed_example();
    let fallback = expected
        .approval_reminder_and_escalation_config
        .as_mut()
        .unwrap()
        .fallback_approver_ref
        .as_mut()
        .unwrap();
    // The client's name and email are ignored; the directory's are shown.
    fallback.name = "Alison Ferguson".into();
    fallback.email = "alison@acme.test".into();
    // The seed predates SailPoint's machine-identity flags: their defaults
    // are written out.
    expected.machine_identity_access_request_enabled = Some(true);
    expected
        .request_on_behalf_of_config
        .as_mut()
        .unwrap()
        .allow_request_on_behalf_of_for_machine_identity = Some(true);
    // Reads write SailPoint's newer nested shape of the same settings too.
    let scheme = |approver_type: &str, approver_id: &str| pb::EntitlementApprovalScheme {
        approver_type: approver_type.into(),
        approver_id: approver_id.into(),
    };
    let entitlements = expected.entitlement_request_config.as_mut().unwrap();
    entitlements.access_request_config = Some(pb::EntitlementAccessRequestConfig {
        approval_schemes: vec![
            scheme("ENTITLEMENT_OWNER", ""),
            scheme("SOURCE_OWNER", ""),
            scheme("MANAGER", ""),
            scheme("GOVERNANCE_GROUP", "2c918084660f45d6016617daa9210584"),
        ],
        request_comment_required: Some(false),
        denial_comment_required: Some(false),
        ..Default::default()
    });
    entitlements.revocation_request_config = Some(pb::EntitlementRevocationRequestConfig::default());
    assert_eq!(saved, expected);
    assert_eq!(get(&mut client, &admin).await.unwrap(), expected);

    // A directory change shows on the next read.
    upsert_user(&mut directory, "acme", "alison@acme.test", "Alison F. Ferguson").await;
    let read = get(&mut client, &admin).await.unwrap();
    let name = read
        .approval_reminder_and_escalation_config
        .unwrap()
        .fallback_approver_ref
        .unwrap()
        .name;
    assert_eq!(name, "Alison F. Ferguson");
}

async fn an_unknown_fallback_approver_is_refused(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, _) = clients(&server).await;
    let status = put(&mut client, &admin_token("acme"), seed_example())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(
        violation_fields(&status),
        ["access_request_config.approval_reminder_and_escalation_config.fallback_approver_ref.id"]
    );
    // Nothing was stored.
    let config = get(&mut client, &admin_token("acme")).await.unwrap();
    assert_eq!(config, encode::request_config(&RequestConfig::default(), None));
}

async fn put_replaces_the_whole_config(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, mut directory) = clients(&server).await;
    let admin = admin_token("acme");
    upsert_user(&mut directory, "acme", "alison@acme.test", "Alison").await;
    put(&mut client, &admin, seed_example()).await.unwrap();
    // A body with only one field: everything else returns to its default.
    let saved = put(
        &mut client,
        &admin,
        pb::AccessRequestConfig {
            auto_approval_enabled: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let expected = RequestConfig {
        auto_approval_enabled: true,
        ..Default::default()
    };
    assert_eq!(saved, encode::request_config(&expected, None));
    assert_eq!(get(&mut client, &admin).await.unwrap(), saved);
}

async fn every_bad_field_is_named_and_nothing_is_stored(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, _) = clients(&server).await;
    let mut bad = seed_example();
    let r = bad.approval_reminder_and_escalation_config.as_mut().unwrap();
    r.days_between_reminders = Some(0);
    r.max_reminders = Some(21);
    r.days_until_escalation = Some(-3);
    r.fallback_approver_ref.as_mut().unwrap().r#type = "GROUP".into();
    bad.entitlement_request_config
        .as_mut()
        .unwrap()
        .grant_request_approval_schemes = Some("manager, boss, manager".into());
    let status = put(&mut client, &admin_token("acme"), bad).await.unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    let mut fields = violation_fields(&status);
    fields.sort();
    let prefix = "access_request_config.";
    let expected: Vec<String> = [
        "approval_reminder_and_escalation_config.days_between_reminders",
        "approval_reminder_and_escalation_config.days_until_escalation",
        "approval_reminder_and_escalation_config.fallback_approver_ref.type",
        "approval_reminder_and_escalation_config.max_reminders",
        "entitlement_request_config.grant_request_approval_schemes",
        "entitlement_request_config.grant_request_approval_schemes",
    ]
    .iter()
    .map(|f| format!("{prefix}{f}"))
    .collect();
    assert_eq!(fields, expected);
    let config = get(&mut client, &admin_token("acme")).await.unwrap();
    assert_eq!(config, encode::request_config(&RequestConfig::default(), None));
}

async fn only_org_admins_may_read_or_write_and_orgs_are_isolated(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, _) = clients(&server).await;
    let member = token("acme", "bob@acme.test", &["APPROVER"]);
    let write = put(&mut client, &member, pb::AccessRequestConfig::default())
        .await
        .unwrap_err();
    assert_eq!(write.code(), Code::PermissionDenied);
    assert_eq!(
        get(&mut client, &member).await.unwrap_err().code(),
        Code::PermissionDenied
    );

    put(
        &mut client,
        &admin_token("acme"),
        pb::AccessRequestConfig {
            approvals_must_be_external: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let other = get(&mut client, &admin_token("globex")).await.unwrap();
    assert_eq!(other, encode::request_config(&RequestConfig::default(), None));
}

async fn every_replacement_leaves_an_audit_event_with_before_and_after(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, _) = clients(&server).await;
    let admin = admin_token("acme");
    let first = pb::AccessRequestConfig {
        auto_approval_enabled: true,
        ..Default::default()
    };
    put(&mut client, &admin, first).await.unwrap();
    put(&mut client, &admin, pb::AccessRequestConfig::default())
        .await
        .unwrap();
    // A refused PUT leaves none.
    let bad = pb::AccessRequestConfig {
        approval_reminder_and_escalation_config: Some(pb::ApprovalReminderAndEscalationConfig {
            max_reminders: Some(99),
            ..Default::default()
        }),
        ..Default::default()
    };
    put(&mut client, &admin, bad).await.unwrap_err();

    let store = server.db.as_ref().unwrap().store().await;
    let events = store.events(&ACME, 0, 10).await.unwrap();
    assert_eq!(events.len(), 2);
    let (first, second) = (&events[0].event, &events[1].event);
    assert_eq!(
        (first.kind.as_str(), first.subject_type.as_str()),
        ("CONFIG_CHANGED", "request_config")
    );
    assert_eq!(first.actor, "admin@acme.test");
    // As the REST GET prints the config: the defaults in force before the
    // first save, then each replacement's predecessor.
    assert_eq!(first.before.as_ref().unwrap()["autoApprovalEnabled"], false);
    assert_eq!(first.after.as_ref().unwrap()["autoApprovalEnabled"], true);
    assert_eq!(second.before, first.after);
    assert_eq!(second.after.as_ref().unwrap()["autoApprovalEnabled"], false);
}

async fn the_fallback_approver_cannot_be_deleted_from_the_directory(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (mut client, mut directory) = clients(&server).await;
    let admin = admin_token("acme");
    upsert_user(&mut directory, "acme", "alison@acme.test", "Alison").await;
    put(&mut client, &admin, seed_example()).await.unwrap();

    let delete = |directory: &mut DirectoryServiceClient<Channel>| {
        let mut directory = directory.clone();
        let admin = admin.clone();
        async move {
            directory
                .delete_user(authed(
                    &admin,
                    pb::DeleteUserRequest {
                        id: "alison@acme.test".into(),
                    },
                ))
                .await
        }
    };
    let refused = delete(&mut directory).await.unwrap_err();
    assert_eq!(refused.code(), Code::FailedPrecondition);
    assert!(refused.message().contains("fallback approver"), "{}", refused.message());

    // Once the config names nobody, the user can go.
    put(&mut client, &admin, pb::AccessRequestConfig::default())
        .await
        .unwrap();
    delete(&mut directory)
        .await
        .expect("deleted once no longer the fallback approver");
}

on_both_backends!(
    sailpoint_sdk_paths_and_fields_round_trip,
    the_fallback_approver_cannot_be_deleted_from_the_directory,
    an_org_that_never_saved_reads_the_documented_defaults,
    the_seed_example_round_trips_with_the_fallback_approver_from_the_directory,
    an_unknown_fallback_approver_is_refused,
    put_replaces_the_whole_config,
    every_bad_field_is_named_and_nothing_is_stored,
    only_org_admins_may_read_or_write_and_orgs_are_isolated,
    every_replacement_leaves_an_audit_event_with_before_and_after,
);
