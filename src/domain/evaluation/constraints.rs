//! A path's constraints checked against the request: justification, the
//! maximum window, and the cooldown after an earlier grant. A path with
//! violations cannot approve the request.

use chrono::Duration;

use super::{
    input::Request,
    model::{ApprovalPath, PolicyKind, Violation},
    snapshot::PriorGrant,
};

pub fn violations(path: &ApprovalPath, request: &Request, prior: &[PriorGrant]) -> Vec<Violation> {
    let c = &path.constraints;
    let name = describe(path);
    let mut out = Vec::new();
    if c.require_reason && !request.has_justification() {
        out.push(Violation::new(
            "request_justification",
            "require_reason",
            format!("a justification is required ({name})"),
        ));
    }
    if let (Some(max), Some(length)) = (c.max_duration, request.grant.length())
        && length > Duration::seconds(i64::from(max))
    {
        out.push(Violation::new(
            request.grant.length_field(),
            "max_duration",
            format!(
                "window of {} exceeds the maximum of {} ({name})",
                human(length.num_seconds()),
                human(i64::from(max))
            ),
        ));
    }
    if let Some(cooldown) = c.cooldown
        && path.policy_kind == PolicyKind::RoutingRule
    {
        let key = request.resource.key();
        let until = prior
            .iter()
            .filter(|g| g.rule == path.policy_id && g.resource_key == key && g.user_id == request.target_user_id)
            .map(|g| g.granted_at + Duration::seconds(i64::from(cooldown)))
            .max();
        if let Some(until) = until
            && until > request.now
        {
            let wait = (until - request.now).num_seconds().max(1);
            let mut v = Violation::new(
                "resource",
                "cooldown",
                format!(
                    "{name} was granted for this resource less than {} ago; retry in {}",
                    human(i64::from(cooldown)),
                    human(wait)
                ),
            );
            v.retry_after_seconds = u32::try_from(wait).unwrap_or(u32::MAX);
            out.push(v);
        }
    }
    out
}

fn describe(path: &ApprovalPath) -> String {
    match path.policy_kind {
        PolicyKind::RoutingRule => format!("rule `{}`", path.policy_id),
        PolicyKind::DefaultRule => "the default rule".into(),
        PolicyKind::AccessFlow => format!("flow `{}`", path.policy_id),
        PolicyKind::EntitlementSchemes => "entitlement schemes".into(),
    }
}

/// `90s`, `15m`, `4h`, `2d`, or `1h30m`: the largest units that are exact.
pub fn human(seconds: i64) -> String {
    let (d, h, m, s) = (
        seconds / 86_400,
        seconds % 86_400 / 3600,
        seconds % 3600 / 60,
        seconds % 60,
    );
    let parts: Vec<String> = [(d, "d"), (h, "h"), (m, "m"), (s, "s")]
        .iter()
        .filter(|(n, _)| *n != 0)
        .map(|(n, u)| format!("{n}{u}"))
        .collect();
    if parts.is_empty() { "0s".into() } else { parts.concat() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_their_largest_exact_units() {
        assert_eq!(human(14_400), "4h");
        assert_eq!(human(5_400), "1h30m");
        assert_eq!(human(172_800), "2d");
        assert_eq!(human(59), "59s");
        assert_eq!(human(0), "0s");
    }
}
