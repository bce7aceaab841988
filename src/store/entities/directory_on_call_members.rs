//! An on-call roster's members: one row per (roster, user).

link_table!("directory_on_call_members": org_id, integration, service, user_id);
