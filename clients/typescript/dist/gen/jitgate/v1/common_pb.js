// Messages shared by more than one jitgate service.
import { fileDesc, messageDesc } from "@bufbuild/protobuf/codegenv2";
/**
 * Describes the file jitgate/v1/common.proto.
 */
export const file_jitgate_v1_common = /*@__PURE__*/ fileDesc("ChdqaXRnYXRlL3YxL2NvbW1vbi5wcm90bxIKaml0Z2F0ZS52MSI6CgpQYWdpbmF0aW9uEg0KBXRvdGFsGAEgASgFEg0KBWxpbWl0GAIgASgFEg4KBm9mZnNldBgDIAEoBWIGcHJvdG8z");
/**
 * Describes the message jitgate.v1.Pagination.
 * Use `create(PaginationSchema)` to create a new message.
 */
export const PaginationSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_common, 0);
