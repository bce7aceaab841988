//! A group's members: one row per (group, user).

link_table!("directory_group_members": org_id, group_id, user_id);
