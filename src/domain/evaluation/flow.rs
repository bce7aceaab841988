//! Whether an access flow applies to a request, and why: active, the
//! requester among its grantees, `now` inside its timeframe (in the flow's
//! own time zone, so DST moves the window with the local clock), and a
//! target covering the resource.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};

use super::{explain::Reasons, input::RequestedResource};
use crate::domain::{
    access_flow::{AccessFlow, Day, IntegrationTarget, PrincipalKind, ResourceTag, Timeframe},
    directory::ids::{GroupId, UserId},
};

/// Whether the flow applies to the requester (`user_id` in `groups`) and
/// the resource at `now`. Reasons go to `why`, the failing check last.
pub fn check(
    flow: &AccessFlow,
    user_id: &UserId,
    groups: &BTreeSet<GroupId>,
    requested: &RequestedResource,
    now: DateTime<Utc>,
    why: &mut impl Reasons,
) -> bool {
    if !flow.active {
        why.note(|| "inactive".into());
        return false;
    }
    if !grantee(flow, user_id, groups, why) {
        return false;
    }
    if let Some(tf) = &flow.trigger.timeframe
        && !within(tf, now, why)
    {
        return false;
    }
    target(flow, requested, why)
}

/// `Ok(reasons)` when the flow applies, `Err(reasons)` (the failing check
/// last) when not.
pub fn applies(
    flow: &AccessFlow,
    user_id: &UserId,
    groups: &BTreeSet<GroupId>,
    requested: &RequestedResource,
    now: DateTime<Utc>,
) -> Result<Vec<String>, Vec<String>> {
    let mut reasons = Vec::new();
    if check(flow, user_id, groups, requested, now, &mut reasons) {
        Ok(reasons)
    } else {
        Err(reasons)
    }
}

fn grantee(flow: &AccessFlow, user_id: &UserId, groups: &BTreeSet<GroupId>, why: &mut impl Reasons) -> bool {
    for g in &flow.grantees {
        match g.kind {
            PrincipalKind::User if UserId::new(&g.id) == *user_id => {
                why.note(|| format!("grantee: user {}", g.id));
                return true;
            }
            PrincipalKind::Group if groups.contains(g.id.as_str()) => {
                why.note(|| format!("grantee: in group {}", g.id));
                return true;
            }
            _ => {}
        }
    }
    why.note(|| format!("grantees: {user_id} is not a grantee"));
    false
}

/// Whether `now`, read on the flow's local clock, is inside the window.
pub fn within(tf: &Timeframe, now: DateTime<Utc>, why: &mut impl Reasons) -> bool {
    let local = now.with_timezone(&tf.time_zone);
    let day = day_of(local.weekday());
    let second = local.num_seconds_from_midnight();
    let inside = (tf.days.is_empty() || tf.days.contains(&day)) && tf.start_second <= second && second < tf.end_second;
    why.note(|| {
        let days = if tf.days.is_empty() {
            "every day".to_string()
        } else {
            tf.days.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(",")
        };
        let window = format!("{days} {}–{}", hhmm(tf.start_second), hhmm(tf.end_second));
        let at = format!("{} {} {}", hhmm(second), day.as_str(), tf.time_zone.name());
        let side = if inside { "within" } else { "outside" };
        format!("timeframe: {at} is {side} {window}")
    });
    inside
}

fn hhmm(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 3600, seconds % 3600 / 60)
}

fn day_of(weekday: Weekday) -> Day {
    match weekday {
        Weekday::Mon => Day::Monday,
        Weekday::Tue => Day::Tuesday,
        Weekday::Wed => Day::Wednesday,
        Weekday::Thu => Day::Thursday,
        Weekday::Fri => Day::Friday,
        Weekday::Sat => Day::Saturday,
        Weekday::Sun => Day::Sunday,
    }
}

/// Whether a target (integration or bundle) covers the resource; the reason
/// names the first that does, or why the last candidate did not.
fn target(flow: &AccessFlow, r: &RequestedResource, why: &mut impl Reasons) -> bool {
    if r.resource_type == "bundle"
        && let Some(b) = flow.bundle_targets.iter().find(|b| b.bundle_id == r.resource_id)
    {
        why.note(|| format!("target: bundle {}", b.bundle_id));
        return true;
    }
    // Why the last candidate failed: built only if a reason is kept.
    let mut last: Option<(&IntegrationTarget, Miss)> = None;
    for t in &flow.integration_targets {
        if t.integration_id != r.service || t.resource_type != r.resource_type {
            continue;
        }
        let has = |name: &str, value: &str| r.tags.get(name).is_some_and(|v| v == value);
        if let Some(missing) = t.resource_tag_includes.iter().find(|tag| !has(&tag.name, &tag.value)) {
            last = Some((t, Miss::Included(missing)));
            continue;
        }
        if let Some(excluded) = t.resource_tag_excludes.iter().find(|tag| has(&tag.name, &tag.value)) {
            last = Some((t, Miss::Excluded(excluded)));
            continue;
        }
        // Either side empty means "the default access" / "any permission".
        let both = !t.permissions.is_empty() && !r.permissions.is_empty();
        if let Some(extra) = r.permissions.iter().find(|p| both && !t.permissions.contains(p)) {
            last = Some((t, Miss::Permission(extra)));
            continue;
        }
        why.note(|| format!("target: {} {}", t.integration_id, t.resource_type));
        return true;
    }
    why.note(|| match last {
        None => format!("targets: none covers {}/{}", r.service, none_if_empty(&r.resource_type)),
        Some((t, Miss::Included(tag))) => {
            format!("target {}: tag {}={} required", t.integration_id, tag.name, tag.value)
        }
        Some((t, Miss::Excluded(tag))) => {
            format!("target {}: tag {}={} excluded", t.integration_id, tag.name, tag.value)
        }
        Some((t, Miss::Permission(p))) => {
            format!("target {}: permission {p} not granted by the flow", t.integration_id)
        }
    });
    false
}

/// Why an integration target does not cover a resource.
enum Miss<'a> {
    Included(&'a ResourceTag),
    Excluded(&'a ResourceTag),
    Permission(&'a str),
}

fn none_if_empty(s: &str) -> &str {
    if s.is_empty() { "none" } else { s }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::domain::access_flow::{Grantee, IntegrationTarget, ResourceTag, RevokeAfter, Settings, Trigger};

    fn at(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339).unwrap().with_timezone(&Utc)
    }

    fn timeframe(start_h: u32, end_h: u32, days: &[Day], tz: chrono_tz::Tz) -> Timeframe {
        Timeframe {
            start_second: start_h * 3600,
            end_second: end_h * 3600,
            days: days.to_vec(),
            time_zone: tz,
        }
    }

    fn tag(name: &str, value: &str) -> ResourceTag {
        ResourceTag {
            name: name.into(),
            value: value.into(),
        }
    }

    fn flow() -> AccessFlow {
        AccessFlow {
            name: "prod".into(),
            active: true,
            trigger: Trigger::default(),
            grantees: vec![
                Grantee {
                    kind: PrincipalKind::User,
                    id: "Alice@x.test".into(),
                },
                Grantee {
                    kind: PrincipalKind::Group,
                    id: "sre".into(),
                },
            ],
            integration_targets: vec![IntegrationTarget {
                integration_id: "aws".into(),
                resource_type: "role".into(),
                resource_tag_includes: vec![tag("env", "prod")],
                resource_tag_excludes: vec![tag("pii", "true")],
                permissions: vec!["read".into(), "write".into()],
            }],
            bundle_targets: vec![],
            approvers: vec![],
            revoke_after: RevokeAfter::Never,
            settings: Settings::default(),
        }
    }

    fn resource(tags: &[(&str, &str)], permissions: &[&str]) -> RequestedResource {
        RequestedResource {
            service: "aws".into(),
            resource_type: "role".into(),
            resource_id: "r".into(),
            tags: tags.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            permissions: permissions.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 5, 12, 0, 0).unwrap()
    }

    #[test]
    fn an_inactive_flow_never_applies() {
        let mut f = flow();
        f.active = false;
        let r = applies(
            &f,
            &UserId::new("alice@x.test"),
            &BTreeSet::new(),
            &resource(&[("env", "prod")], &[]),
            now(),
        );
        assert_eq!(r.unwrap_err(), ["inactive"]);
    }

    #[test]
    fn grantees_include_users_by_id_and_members_of_groups() {
        let r = resource(&[("env", "prod")], &[]);
        assert!(applies(&flow(), &UserId::new("ALICE@x.test"), &BTreeSet::new(), &r, now()).is_ok());
        let sre = BTreeSet::from([GroupId::from("sre")]);
        assert!(applies(&flow(), &UserId::new("bob@x.test"), &sre, &r, now()).is_ok());
        assert!(applies(&flow(), &UserId::new("bob@x.test"), &BTreeSet::new(), &r, now()).is_err());
    }

    #[test]
    fn a_target_needs_every_included_tag_and_no_excluded_one() {
        let u = "alice@x.test";
        let none = BTreeSet::new();
        assert!(applies(&flow(), &UserId::new(u), &none, &resource(&[], &[]), now()).is_err());
        assert!(
            applies(
                &flow(),
                &UserId::new(u),
                &none,
                &resource(&[("env", "prod"), ("pii", "true")], &[]),
                now()
            )
            .is_err()
        );
        assert!(
            applies(
                &flow(),
                &UserId::new(u),
                &none,
                &resource(&[("env", "prod"), ("pii", "false")], &[]),
                now()
            )
            .is_ok()
        );
    }

    #[test]
    fn requested_permissions_must_be_a_subset_of_the_targets() {
        let (u, none) = ("alice@x.test", BTreeSet::new());
        assert!(
            applies(
                &flow(),
                &UserId::new(u),
                &none,
                &resource(&[("env", "prod")], &["read"]),
                now()
            )
            .is_ok()
        );
        let err = applies(
            &flow(),
            &UserId::new(u),
            &none,
            &resource(&[("env", "prod")], &["admin"]),
            now(),
        )
        .unwrap_err();
        assert!(err.last().unwrap().contains("permission admin"));
        let mut any = flow();
        any.integration_targets[0].permissions.clear();
        assert!(
            applies(
                &any,
                &UserId::new(u),
                &none,
                &resource(&[("env", "prod")], &["admin"]),
                now()
            )
            .is_ok()
        );
    }

    fn within(tf: &Timeframe, now: DateTime<Utc>) -> Result<String, String> {
        let mut reasons = Vec::new();
        let inside = super::within(tf, now, &mut reasons);
        let reason = reasons.pop().unwrap();
        if inside { Ok(reason) } else { Err(reason) }
    }

    #[test]
    fn the_timeframe_is_read_on_the_flows_local_clock() {
        let tf = timeframe(8, 18, &[], chrono_tz::Europe::Helsinki);
        // 15:30 UTC is 17:30 in Helsinki in winter (UTC+2): inside.
        assert!(within(&tf, at("2026-01-05T15:30:00Z")).is_ok());
        // 16:30 UTC is 18:30: outside, although 16:30 is inside in UTC.
        let reason = within(&tf, at("2026-01-05T16:30:00Z")).unwrap_err();
        assert_eq!(
            reason,
            "timeframe: 18:30 MONDAY Europe/Helsinki is outside every day 08:00–18:00"
        );
    }

    #[test]
    fn the_timeframe_follows_daylight_saving_time() {
        let tf = timeframe(9, 17, &[], chrono_tz::America::New_York);
        // Before 2026-03-08 New York is UTC-5: 13:30 UTC is 08:30, outside.
        assert!(within(&tf, at("2026-03-07T13:30:00Z")).is_err());
        // After the change it is UTC-4: 13:30 UTC is 09:30, inside.
        assert!(within(&tf, at("2026-03-09T13:30:00Z")).is_ok());
    }

    #[test]
    fn the_days_of_week_are_the_local_days() {
        // Monday 23:30 UTC is already Tuesday 01:30 in Helsinki.
        let tf = timeframe(0, 24, &[Day::Monday], chrono_tz::Europe::Helsinki);
        assert!(within(&tf, at("2026-01-05T23:30:00Z")).is_err());
        assert!(within(&tf, at("2026-01-05T21:30:00Z")).is_ok());
    }
}
