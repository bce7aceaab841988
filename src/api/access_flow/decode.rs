//! Validation of an access flow as it arrives on the wire (a create body, or
//! the result of applying a PATCH to the stored flow).
//!
//! The flow is checked whole and every problem is reported with its field
//! path in proto field names (AIP-193), such as
//! `access_flow.trigger.timeframe.days_in_week[2]`. Only a flow without
//! violations becomes a model value; omitted optional parts get their
//! defaults here.

use std::{collections::HashMap, hash::Hash, num::NonZeroU32};

use chrono_tz::Tz;

use crate::{
    api::limits::{
        MAX_NAME_CHARS, MAX_USER_ID_CHARS,
        access_flow::{
            MAX_APPROVERS, MAX_GRANTEES, MAX_ID_CHARS, MAX_PERMISSIONS, MAX_REVOKE_AFTER_SECONDS, MAX_TAGS, MAX_TARGETS,
        },
    },
    domain::{
        access_flow::model::*,
        violations::{Violations, one_of},
    },
    error::{Error, Result},
    pb::v1 as pb,
};

/// The time zone of a timeframe that names none.
pub const DEFAULT_TIME_ZONE: Tz = Tz::UTC;

/// Validates a whole flow, reported under `path` (such as `access_flow`).
pub fn access_flow(flow: &pb::AccessFlow, path: &str) -> Result<AccessFlow> {
    let mut v = Violations::new();
    let parsed = parse_flow(flow, path, &mut v);
    v.into_result(parsed)?
        .ok_or_else(|| Error::Internal("a flow without violations did not parse".into()))
}

/// Checks a flow id given outside a flow (a request or path parameter).
pub fn flow_id(id: &str, field: &str) -> Result<()> {
    let mut v = Violations::new();
    v.check_text(field, id, MAX_ID_CHARS);
    v.into_result(())
}

fn parse_flow(flow: &pb::AccessFlow, path: &str, v: &mut Violations) -> Option<AccessFlow> {
    let name = match &flow.name {
        Some(name) => {
            v.check_text(&format!("{path}.name"), name, MAX_NAME_CHARS);
            name.clone()
        }
        None => {
            v.add(format!("{path}.name"), "is required");
            String::new()
        }
    };
    let trigger = match &flow.trigger {
        Some(t) => parse_trigger(t, &format!("{path}.trigger"), v),
        None => Some(Trigger::default()),
    };
    let grantees = parse_grantees(&flow.grantees, &format!("{path}.grantees"), v);
    let integration_targets =
        parse_integration_targets(&flow.integration_targets, &format!("{path}.integration_targets"), v);
    let bundle_targets = parse_bundle_targets(&flow.bundle_targets, &format!("{path}.bundle_targets"), v);
    if flow.integration_targets.is_empty() && flow.bundle_targets.is_empty() {
        v.add(
            format!("{path}.integration_targets"),
            "a flow needs at least one integration target or bundle target (bundle_targets)",
        );
    }
    let approvers = parse_approvers(&flow.approvers, &format!("{path}.approvers"), v);
    let revoke_after = parse_revoke_after(flow.revoke_after_in_sec, &format!("{path}.revoke_after_in_sec"), v);
    let settings = flow.settings.as_ref().map(parse_settings).unwrap_or_default();
    Some(AccessFlow {
        name,
        active: flow.active.unwrap_or(true),
        trigger: trigger?,
        grantees: grantees?,
        integration_targets: integration_targets?,
        bundle_targets: bundle_targets?,
        approvers: approvers?,
        revoke_after: revoke_after?,
        settings,
    })
}

fn parse_trigger(t: &pb::AccessFlowTrigger, path: &str, v: &mut Violations) -> Option<Trigger> {
    // Empty reads as the only type there is, so a client may omit it.
    if !t.r#type.is_empty() && t.r#type != Trigger::USER_REQUEST {
        v.add(format!("{path}.type"), one_of(&[Trigger::USER_REQUEST]));
    }
    let timeframe = match &t.timeframe {
        Some(tf) => Some(parse_timeframe(tf, &format!("{path}.timeframe"), v)?),
        None => None,
    };
    Some(Trigger { timeframe })
}

fn parse_timeframe(tf: &pb::Timeframe, path: &str, v: &mut Violations) -> Option<Timeframe> {
    let start = u32::try_from(tf.start_of_day_time_in_seconds)
        .ok()
        .filter(|s| *s < SECONDS_PER_DAY);
    if start.is_none() {
        v.add(
            format!("{path}.start_of_day_time_in_seconds"),
            format!(
                "must be 0 to {} seconds after midnight, got {}",
                SECONDS_PER_DAY - 1,
                tf.start_of_day_time_in_seconds
            ),
        );
    }
    let end = u32::try_from(tf.end_of_day_time_in_seconds)
        .ok()
        .filter(|e| (1..=SECONDS_PER_DAY).contains(e));
    match (start, end) {
        (_, None) => v.add(
            format!("{path}.end_of_day_time_in_seconds"),
            format!(
                "must be 1 to {SECONDS_PER_DAY} seconds after midnight, got {}",
                tf.end_of_day_time_in_seconds
            ),
        ),
        // Overnight windows are two flows (or a window ending at 86400 and
        // one starting at 0): one rule for "inside the window" is simpler to
        // evaluate and to read than a wrap-around.
        (Some(s), Some(e)) if e <= s => v.add(
            format!("{path}.end_of_day_time_in_seconds"),
            format!("must be after start_of_day_time_in_seconds ({s}); a window cannot run past midnight"),
        ),
        _ => {}
    }
    let days = parse_days(&tf.days_in_week, &format!("{path}.days_in_week"), v);
    let time_zone = if tf.time_zone.is_empty() {
        Some(DEFAULT_TIME_ZONE)
    } else {
        let parsed = tf.time_zone.parse::<Tz>().ok();
        if parsed.is_none() {
            v.add(
                format!("{path}.time_zone"),
                "must be an IANA time zone name, such as Europe/Helsinki or UTC",
            );
        }
        parsed
    };
    Some(Timeframe {
        start_second: start?,
        end_second: end?,
        days: days?,
        time_zone: time_zone?,
    })
}

fn parse_days(names: &[String], path: &str, v: &mut Violations) -> Option<Vec<Day>> {
    // More entries than days can only be duplicates; one message says so.
    if names.len() > Day::ALL.len() {
        v.add(
            path,
            format!("must list each day at most once, got {} entries", names.len()),
        );
        return None;
    }
    let days: Vec<Option<Day>> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let day = Day::parse(name);
            if day.is_none() {
                v.add(format!("{path}[{i}]"), one_of(Day::NAMES));
            }
            day
        })
        .collect();
    flag_duplicates(days.iter().map(Option::as_ref), path, v);
    days.into_iter().collect()
}

fn parse_grantees(grantees: &[pb::AccessFlowGrantee], path: &str, v: &mut Violations) -> Option<Vec<Grantee>> {
    if !within(grantees.len(), MAX_GRANTEES, "grantees", path, v) {
        return None;
    }
    if grantees.is_empty() {
        v.add(path, "must list at least one grantee");
    }
    let parsed: Vec<Option<Grantee>> = grantees
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let item = format!("{path}[{i}]");
            let kind = PrincipalKind::parse(&g.r#type);
            match kind {
                Some(kind) => check_principal_id(kind, &g.id, &format!("{item}.id"), v),
                None => v.add(format!("{item}.type"), one_of(PrincipalKind::NAMES)),
            }
            Some(Grantee {
                kind: kind?,
                id: g.id.clone(),
            })
        })
        .collect();
    flag_duplicates(parsed.iter().map(Option::as_ref), path, v);
    parsed.into_iter().collect()
}

fn check_principal_id(kind: PrincipalKind, id: &str, field: &str, v: &mut Violations) {
    let max = match kind {
        PrincipalKind::User => MAX_USER_ID_CHARS,
        PrincipalKind::Group => MAX_NAME_CHARS,
    };
    v.check_text(field, id, max);
}

fn parse_approvers(approvers: &[pb::AccessFlowApprover], path: &str, v: &mut Violations) -> Option<Vec<Approver>> {
    if !within(approvers.len(), MAX_APPROVERS, "approvers", path, v) {
        return None;
    }
    let parsed: Vec<Option<Approver>> = approvers
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let item = format!("{path}[{i}]");
            let id_field = format!("{item}.id");
            let mut principal = |kind| {
                check_principal_id(kind, &a.id, &id_field, v);
                a.id.clone()
            };
            match a.r#type.as_str() {
                "user" => Some(Approver::User {
                    id: principal(PrincipalKind::User),
                }),
                "group" => Some(Approver::Group {
                    id: principal(PrincipalKind::Group),
                }),
                kind @ ("manager" | "owner") => {
                    // Refused rather than ignored, so the flow reads back as sent.
                    if !a.id.is_empty() {
                        v.add(id_field, format!("must be empty when type is {kind:?}"));
                    }
                    Some(if kind == "manager" {
                        Approver::Manager
                    } else {
                        Approver::Owner
                    })
                }
                _ => {
                    v.add(format!("{item}.type"), one_of(Approver::NAMES));
                    None
                }
            }
        })
        .collect();
    flag_duplicates(parsed.iter().map(Option::as_ref), path, v);
    parsed.into_iter().collect()
}

fn parse_integration_targets(
    targets: &[pb::IntegrationTarget],
    path: &str,
    v: &mut Violations,
) -> Option<Vec<IntegrationTarget>> {
    if !within(targets.len(), MAX_TARGETS, "integration targets", path, v) {
        return None;
    }
    targets
        .iter()
        .enumerate()
        .map(|(i, t)| parse_integration_target(t, &format!("{path}[{i}]"), v))
        .collect::<Vec<_>>()
        .into_iter()
        .collect()
}

fn parse_integration_target(t: &pb::IntegrationTarget, path: &str, v: &mut Violations) -> Option<IntegrationTarget> {
    v.check_text(&format!("{path}.integration_id"), &t.integration_id, MAX_NAME_CHARS);
    v.check_text(&format!("{path}.resource_type"), &t.resource_type, MAX_NAME_CHARS);
    let includes_path = format!("{path}.resource_tag_includes");
    let includes = parse_tags(&t.resource_tag_includes, &includes_path, v);
    let excludes_path = format!("{path}.resource_tag_excludes");
    let excludes = parse_tags(&t.resource_tag_excludes, &excludes_path, v);
    if let (Some(includes), Some(excludes)) = (&includes, &excludes) {
        for (i, tag) in excludes.iter().enumerate() {
            if let Some(j) = includes.iter().position(|t| t == tag) {
                v.add(
                    format!("{excludes_path}[{i}]"),
                    format!("is also {includes_path}[{j}]; a target cannot both require and exclude a tag"),
                );
            }
        }
    }
    let permissions = parse_permissions(&t.permissions, &format!("{path}.permissions"), v);
    Some(IntegrationTarget {
        integration_id: t.integration_id.clone(),
        resource_type: t.resource_type.clone(),
        resource_tag_includes: includes?,
        resource_tag_excludes: excludes?,
        permissions: permissions?,
    })
}

fn parse_tags(tags: &[pb::ResourceTag], path: &str, v: &mut Violations) -> Option<Vec<ResourceTag>> {
    if !within(tags.len(), MAX_TAGS, "tags", path, v) {
        return None;
    }
    for (i, tag) in tags.iter().enumerate() {
        v.check_text(&format!("{path}[{i}].name"), &tag.name, MAX_NAME_CHARS);
        // A value may be empty (cloud tags often are), but is bounded.
        let value_field = format!("{path}[{i}].value");
        if tag.value.chars().count() > MAX_NAME_CHARS {
            v.add(value_field, format!("must be at most {MAX_NAME_CHARS} characters"));
        } else if tag.value.chars().any(char::is_control) {
            v.add(value_field, "must not contain control characters");
        }
    }
    let parsed: Vec<ResourceTag> = tags
        .iter()
        .map(|t| ResourceTag {
            name: t.name.clone(),
            value: t.value.clone(),
        })
        .collect();
    flag_duplicates(parsed.iter().map(Some), path, v);
    Some(parsed)
}

fn parse_permissions(permissions: &[String], path: &str, v: &mut Violations) -> Option<Vec<String>> {
    if !within(permissions.len(), MAX_PERMISSIONS, "permissions", path, v) {
        return None;
    }
    for (i, p) in permissions.iter().enumerate() {
        v.check_text(&format!("{path}[{i}]"), p, MAX_NAME_CHARS);
    }
    flag_duplicates(permissions.iter().map(Some), path, v);
    Some(permissions.to_vec())
}

fn parse_bundle_targets(targets: &[pb::BundleTarget], path: &str, v: &mut Violations) -> Option<Vec<BundleTarget>> {
    if !within(targets.len(), MAX_TARGETS, "bundle targets", path, v) {
        return None;
    }
    for (i, t) in targets.iter().enumerate() {
        v.check_text(&format!("{path}[{i}].bundle_id"), &t.bundle_id, MAX_NAME_CHARS);
    }
    let parsed: Vec<BundleTarget> = targets
        .iter()
        .map(|t| BundleTarget {
            bundle_id: t.bundle_id.clone(),
        })
        .collect();
    flag_duplicates(parsed.iter().map(Some), path, v);
    Some(parsed)
}

fn parse_revoke_after(seconds: Option<i32>, field: &str, v: &mut Violations) -> Option<RevokeAfter> {
    let Some(seconds) = seconds else {
        v.add(field, "is required (-1 for grants that never expire)");
        return None;
    };
    if seconds == RevokeAfter::NEVER {
        return Some(RevokeAfter::Never);
    }
    let parsed = u32::try_from(seconds)
        .ok()
        .filter(|s| *s <= MAX_REVOKE_AFTER_SECONDS)
        .and_then(NonZeroU32::new)
        .map(RevokeAfter::Seconds);
    if parsed.is_none() {
        // Zero is refused: a grant that ends as it starts is a mistake, and
        // "no expiry" has its own value.
        v.add(
            field,
            format!("must be -1 (never expires) or 1 to {MAX_REVOKE_AFTER_SECONDS} seconds, got {seconds}"),
        );
    }
    parsed
}

fn parse_settings(s: &pb::AccessFlowSettings) -> Settings {
    Settings {
        require_justification_on_request_again: s.require_justification_on_request_again,
        require_all_approvers: s.require_all_approvers,
        require_approver_justification: s.require_approver_justification,
        approver_cannot_approve_himself: s.approver_cannot_approve_himself,
    }
}

/// Whether a list of `len` items is within `max`; if not, records one
/// violation for the whole list (checking each item would help nobody).
fn within(len: usize, max: usize, what: &str, path: &str, v: &mut Violations) -> bool {
    if len > max {
        v.add(path, format!("must list at most {max} {what}, got {len}"));
    }
    len <= max
}

/// Records a violation on each item equal to an earlier one. Items that did
/// not parse (`None`) are skipped: they have their own violation.
fn flag_duplicates<'a, K: Eq + Hash + 'a>(
    keys: impl IntoIterator<Item = Option<&'a K>>,
    path: &str,
    v: &mut Violations,
) {
    let mut first: HashMap<&K, usize> = HashMap::new();
    for (i, key) in keys.into_iter().enumerate() {
        let Some(key) = key else { continue };
        match first.get(key) {
            Some(j) => v.add(format!("{path}[{i}]"), format!("duplicates {path}[{j}]")),
            None => {
                first.insert(key, i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid flow with one of everything.
    fn flow() -> pb::AccessFlow {
        pb::AccessFlow {
            name: Some("prod access".into()),
            active: Some(true),
            trigger: Some(pb::AccessFlowTrigger {
                r#type: "user_request".into(),
                timeframe: Some(pb::Timeframe {
                    start_of_day_time_in_seconds: 9 * 3600,
                    end_of_day_time_in_seconds: 17 * 3600,
                    days_in_week: vec!["MONDAY".into(), "FRIDAY".into()],
                    time_zone: "Europe/Helsinki".into(),
                }),
            }),
            grantees: vec![pb::AccessFlowGrantee {
                id: "alice@acme.test".into(),
                r#type: "user".into(),
            }],
            integration_targets: vec![pb::IntegrationTarget {
                integration_id: "aws".into(),
                resource_type: "aws-iam-role".into(),
                resource_tag_includes: vec![pb::ResourceTag {
                    name: "env".into(),
                    value: "prod".into(),
                }],
                resource_tag_excludes: vec![pb::ResourceTag {
                    name: "sensitive".into(),
                    value: String::new(),
                }],
                permissions: vec!["read".into()],
            }],
            bundle_targets: vec![pb::BundleTarget {
                bundle_id: "oncall".into(),
            }],
            approvers: vec![pb::AccessFlowApprover {
                id: String::new(),
                r#type: "manager".into(),
            }],
            revoke_after_in_sec: Some(3600),
            settings: None,
            ..Default::default()
        }
    }

    fn violations_of(flow: &pb::AccessFlow) -> Vec<(String, String)> {
        match access_flow(flow, "access_flow") {
            Ok(_) => vec![],
            Err(Error::InvalidArgument(v)) => v.into_iter().map(|v| (v.field, v.description)).collect(),
            Err(other) => panic!("unexpected {other:?}"),
        }
    }

    fn fields_of(flow: &pb::AccessFlow) -> Vec<String> {
        violations_of(flow).into_iter().map(|(f, _)| f).collect()
    }

    fn with(edit: impl FnOnce(&mut pb::AccessFlow)) -> pb::AccessFlow {
        let mut f = flow();
        edit(&mut f);
        f
    }

    fn timeframe(f: &mut pb::AccessFlow) -> &mut pb::Timeframe {
        f.trigger.as_mut().unwrap().timeframe.as_mut().unwrap()
    }

    #[test]
    fn a_valid_flow_parses_into_the_model() {
        let parsed = access_flow(&flow(), "access_flow").unwrap();
        assert_eq!(parsed.name, "prod access");
        assert_eq!(
            parsed.revoke_after,
            RevokeAfter::Seconds(NonZeroU32::new(3600).unwrap())
        );
        let tf = parsed.trigger.timeframe.unwrap();
        assert_eq!((tf.start_second, tf.end_second), (32_400, 61_200));
        assert_eq!(tf.days, [Day::Monday, Day::Friday]);
        assert_eq!(tf.time_zone, chrono_tz::Europe::Helsinki);
        assert_eq!(parsed.approvers, [Approver::Manager]);
    }

    #[test]
    fn omitted_optional_parts_get_their_defaults() {
        let parsed = access_flow(
            &with(|f| {
                f.active = None;
                f.trigger = None;
                f.settings = None;
            }),
            "access_flow",
        )
        .unwrap();
        assert!(parsed.active, "active defaults to true");
        assert_eq!(parsed.trigger, Trigger::default());
        assert_eq!(parsed.settings, Settings::default());

        let parsed = access_flow(
            &with(|f| {
                f.trigger.as_mut().unwrap().r#type.clear();
                timeframe(f).time_zone.clear();
                timeframe(f).days_in_week.clear();
            }),
            "access_flow",
        )
        .unwrap();
        let tf = parsed.trigger.timeframe.unwrap();
        assert_eq!(tf.time_zone, Tz::UTC);
        assert!(tf.days.is_empty(), "no days means every day");
    }

    #[test]
    fn name_and_revoke_after_are_required() {
        assert_eq!(
            fields_of(&with(|f| {
                f.name = None;
                f.revoke_after_in_sec = None;
            })),
            ["access_flow.name", "access_flow.revoke_after_in_sec"]
        );
    }

    #[test]
    fn names_must_be_present_and_bounded() {
        assert_eq!(fields_of(&with(|f| f.name = Some(String::new()))), ["access_flow.name"]);
        assert_eq!(
            fields_of(&with(|f| f.name = Some("x".repeat(256)))),
            ["access_flow.name"]
        );
        assert!(fields_of(&with(|f| f.name = Some("x".repeat(255)))).is_empty());
        assert_eq!(fields_of(&with(|f| f.name = Some(" x".into()))), ["access_flow.name"]);
    }

    #[test]
    fn unknown_types_name_the_allowed_values() {
        let v = violations_of(&with(|f| {
            f.trigger.as_mut().unwrap().r#type = "schedule".into();
            f.grantees[0].r#type = "robot".into();
            f.approvers[0].r#type = "boss".into();
        }));
        assert_eq!(
            v,
            [
                ("access_flow.trigger.type".into(), "must be one of: user_request".into()),
                (
                    "access_flow.grantees[0].type".into(),
                    "must be one of: user, group".into()
                ),
                (
                    "access_flow.approvers[0].type".into(),
                    "must be one of: user, group, manager, owner".into()
                ),
            ]
        );
    }

    #[test]
    fn days_must_be_known_upper_case_names_without_duplicates() {
        let v = violations_of(&with(|f| {
            timeframe(f).days_in_week = vec!["MONDAY".into(), "Funday".into(), "tuesday".into(), "MONDAY".into()];
        }));
        let fields: Vec<&str> = v.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "access_flow.trigger.timeframe.days_in_week[1]",
                "access_flow.trigger.timeframe.days_in_week[2]",
                "access_flow.trigger.timeframe.days_in_week[3]",
            ]
        );
        assert!(v[0].1.contains("MONDAY, TUESDAY"));
        assert_eq!(v[2].1, "duplicates access_flow.trigger.timeframe.days_in_week[0]");

        let eight = with(|f| timeframe(f).days_in_week = vec!["MONDAY".into(); 8]);
        assert_eq!(fields_of(&eight), ["access_flow.trigger.timeframe.days_in_week"]);
    }

    #[test]
    fn the_time_zone_must_be_an_iana_name() {
        for bad in ["Mars/Olympus", "europe/helsinki", "+02:00", "EEST"] {
            assert_eq!(
                fields_of(&with(|f| timeframe(f).time_zone = bad.into())),
                ["access_flow.trigger.timeframe.time_zone"],
                "{bad}"
            );
        }
        for good in ["UTC", "America/Argentina/Buenos_Aires", "Asia/Kolkata"] {
            assert!(
                fields_of(&with(|f| timeframe(f).time_zone = good.into())).is_empty(),
                "{good}"
            );
        }
    }

    #[test]
    fn the_window_lies_within_one_day_and_ends_after_it_starts() {
        let window = |start: i32, end: i32| {
            fields_of(&with(|f| {
                timeframe(f).start_of_day_time_in_seconds = start;
                timeframe(f).end_of_day_time_in_seconds = end;
            }))
        };
        let start = "access_flow.trigger.timeframe.start_of_day_time_in_seconds";
        let end = "access_flow.trigger.timeframe.end_of_day_time_in_seconds";
        assert!(window(0, 86_400).is_empty());
        assert!(window(86_399, 86_400).is_empty());
        assert_eq!(window(-1, 100), [start]);
        assert_eq!(window(0, -5), [end]);
        assert_eq!(window(0, 86_401), [end]);
        assert_eq!(window(86_400, 86_400), [start]);
        assert_eq!(window(3600, 3600), [end], "an empty window");
        assert_eq!(window(22 * 3600, 6 * 3600), [end], "no wrap past midnight");
        assert_eq!(window(-1, 0), [start, end]);
    }

    #[test]
    fn revoke_after_is_minus_one_or_a_positive_bounded_number_of_seconds() {
        let revoke = |s: i32| access_flow(&with(|f| f.revoke_after_in_sec = Some(s)), "f").map(|f| f.revoke_after);
        assert_eq!(revoke(-1).unwrap(), RevokeAfter::Never);
        assert_eq!(revoke(1).unwrap(), RevokeAfter::Seconds(NonZeroU32::MIN));
        assert!(revoke(31_536_000).is_ok());
        for bad in [0, -2, i32::MIN, 31_536_001, i32::MAX] {
            assert!(revoke(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_flow_needs_grantees_and_a_target() {
        assert_eq!(
            fields_of(&with(|f| {
                f.grantees.clear();
                f.integration_targets.clear();
                f.bundle_targets.clear();
            })),
            ["access_flow.grantees", "access_flow.integration_targets"]
        );
        assert!(fields_of(&with(|f| f.integration_targets.clear())).is_empty());
        assert!(fields_of(&with(|f| f.bundle_targets.clear())).is_empty());
        assert!(
            fields_of(&with(|f| f.approvers.clear())).is_empty(),
            "no approvers: approved at once"
        );
    }

    #[test]
    fn principals_need_an_id_except_manager_and_owner_which_take_none() {
        let v = fields_of(&with(|f| {
            f.grantees = vec![
                pb::AccessFlowGrantee {
                    id: String::new(),
                    r#type: "group".into(),
                },
                pb::AccessFlowGrantee {
                    id: "u".repeat(321),
                    r#type: "user".into(),
                },
            ];
            f.approvers = vec![
                pb::AccessFlowApprover {
                    id: String::new(),
                    r#type: "user".into(),
                },
                pb::AccessFlowApprover {
                    id: "someone".into(),
                    r#type: "owner".into(),
                },
            ];
        }));
        assert_eq!(
            v,
            [
                "access_flow.grantees[0].id",
                "access_flow.grantees[1].id",
                "access_flow.approvers[0].id",
                "access_flow.approvers[1].id",
            ]
        );
    }

    #[test]
    fn repeated_entries_are_refused_where_they_would_mean_nothing() {
        let v = fields_of(&with(|f| {
            f.grantees.push(f.grantees[0].clone());
            f.approvers.push(f.approvers[0].clone());
            f.bundle_targets.push(f.bundle_targets[0].clone());
            let target = &mut f.integration_targets[0];
            target.permissions.push("read".into());
            target
                .resource_tag_includes
                .push(target.resource_tag_includes[0].clone());
            target
                .resource_tag_excludes
                .push(target.resource_tag_includes[0].clone());
        }));
        assert_eq!(
            v,
            [
                "access_flow.grantees[1]",
                "access_flow.integration_targets[0].resource_tag_includes[1]",
                "access_flow.integration_targets[0].resource_tag_excludes[1]",
                "access_flow.integration_targets[0].permissions[1]",
                "access_flow.bundle_targets[1]",
                "access_flow.approvers[1]",
            ]
        );
    }

    #[test]
    fn target_fields_are_required_and_tags_bounded() {
        let v = fields_of(&with(|f| {
            let target = &mut f.integration_targets[0];
            target.integration_id.clear();
            target.resource_type = "\u{7}".into();
            target.resource_tag_includes[0].name.clear();
            target.resource_tag_includes[0].value = "v".repeat(256);
            target.permissions = vec![String::new()];
            f.bundle_targets[0].bundle_id.clear();
        }));
        assert_eq!(
            v,
            [
                "access_flow.integration_targets[0].integration_id",
                "access_flow.integration_targets[0].resource_type",
                "access_flow.integration_targets[0].resource_tag_includes[0].name",
                "access_flow.integration_targets[0].resource_tag_includes[0].value",
                "access_flow.integration_targets[0].permissions[0]",
                "access_flow.bundle_targets[0].bundle_id",
            ]
        );
    }

    #[test]
    fn oversized_lists_are_refused_whole() {
        let grantee = |i: usize| pb::AccessFlowGrantee {
            id: format!("user{i}@acme.test"),
            r#type: "user".into(),
        };
        let v = violations_of(&with(|f| {
            f.grantees = (0..=MAX_GRANTEES).map(grantee).collect();
            f.approvers = vec![f.approvers[0].clone(); MAX_APPROVERS + 1];
            f.bundle_targets = vec![f.bundle_targets[0].clone(); MAX_TARGETS + 1];
            f.integration_targets[0].permissions = vec!["p".into(); MAX_PERMISSIONS + 1];
            f.integration_targets[0].resource_tag_excludes = vec![Default::default(); MAX_TAGS + 1];
        }));
        let fields: Vec<&str> = v.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            [
                "access_flow.grantees",
                "access_flow.integration_targets[0].resource_tag_excludes",
                "access_flow.integration_targets[0].permissions",
                "access_flow.bundle_targets",
                "access_flow.approvers",
            ]
        );
        assert_eq!(v[0].1, "must list at most 500 grantees, got 501");
        assert!(fields_of(&with(|f| f.grantees = (0..MAX_GRANTEES).map(grantee).collect())).is_empty());
    }

    #[test]
    fn every_violation_is_reported_at_once() {
        let v = fields_of(&with(|f| {
            f.name = Some(String::new());
            timeframe(f).time_zone = "Nowhere".into();
            f.grantees[0].r#type = "robot".into();
            f.revoke_after_in_sec = Some(0);
        }));
        assert_eq!(
            v,
            [
                "access_flow.name",
                "access_flow.trigger.timeframe.time_zone",
                "access_flow.grantees[0].type",
                "access_flow.revoke_after_in_sec",
            ]
        );
    }

    #[test]
    fn flow_ids_are_bounded_text() {
        assert!(flow_id("0193f0c4-1c1e-7000-8000-000000000000", "id").is_ok());
        assert!(flow_id("", "id").is_err());
        assert!(flow_id(&"x".repeat(65), "id").is_err());
    }
}
