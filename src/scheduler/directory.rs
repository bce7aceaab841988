//! The part of an org's directory an escalation reads: the user approvers
//! of the request's pending steps, their managers and their managers'
//! managers (levels 1 and 2), and the fallback approver (level 3). Read
//! user by user with [`DirectoryStore::user`](crate::store::DirectoryStore::user):
//! a handful of lookups instead of the whole directory.

use crate::{
    domain::{
        access_request::{AccessRequest, StepState, schedule::MAX_ESCALATION_LEVEL},
        directory::ids::UserId,
        evaluation::{ApproverKind, DirectoryView},
    },
    error::Result,
    store::Store,
};

/// Loads the users escalating `request` may need. Users missing from the
/// directory are simply absent from the view: escalation then finds nobody
/// at that level and says so.
pub async fn load(store: &dyn Store, request: &AccessRequest) -> Result<DirectoryView> {
    let mut view = DirectoryView::default();
    let mut wanted: Vec<UserId> = request
        .paths
        .iter()
        .flat_map(|p| &p.steps)
        .filter(|s| s.state == StepState::Pending)
        .flat_map(|s| &s.approvers)
        .filter(|a| a.kind == ApproverKind::User)
        .map(|a| UserId::new(&a.id))
        .collect();
    wanted.extend(request.follow_up.fallback_approver.as_deref().map(UserId::new));
    // Round one reads the approvers, round two their managers, round three
    // the managers' managers (for their display names).
    for _ in 0..MAX_ESCALATION_LEVEL {
        let mut next = Vec::new();
        for id in wanted {
            if id.is_empty() || view.users.contains_key(&id) {
                continue;
            }
            if let Some(found) = store.user(&request.org_id, &id).await? {
                next.extend(found.user.manager_id.iter().cloned());
                view.users.insert(id, found.user);
            }
        }
        wanted = next;
    }
    Ok(view)
}
