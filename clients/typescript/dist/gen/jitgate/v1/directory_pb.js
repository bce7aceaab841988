// The directory: users, managers, groups, on-call rosters and owners, as an
// IdP or HR sync job pushes them. Evaluation reads it to resolve grantees and
// approvers.
//
// jitgate's own API (no seed): JSON keys are the proto3 JSON default
// (lowerCamelCase).
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
import { file_jitgate_v1_common } from "./common_pb.js";
/**
 * Describes the file jitgate/v1/directory.proto.
 */
export const file_jitgate_v1_directory = /*@__PURE__*/ fileDesc("ChpqaXRnYXRlL3YxL2RpcmVjdG9yeS5wcm90bxIKaml0Z2F0ZS52MSLHAQoEVXNlchIKCgJpZBgBIAEoCRINCgVlbWFpbBgCIAEoCRIUCgxkaXNwbGF5X25hbWUYAyABKAkSEgoKbWFuYWdlcl9pZBgEIAEoCRI0CgphdHRyaWJ1dGVzGAUgAygLMiAuaml0Z2F0ZS52MS5Vc2VyLkF0dHJpYnV0ZXNFbnRyeRIRCglncm91cF9pZHMYBiADKAkaMQoPQXR0cmlidXRlc0VudHJ5EgsKA2tleRgBIAEoCRINCgV2YWx1ZRgCIAEoCToCOAEiPAoFR3JvdXASCgoCaWQYASABKAkSFAoMZGlzcGxheV9uYW1lGAIgASgJEhEKCWRpcmVjdG9yeRgDIAEoCSIyCgxHcm91cE1lbWJlcnMSEAoIZ3JvdXBfaWQYASABKAkSEAoIdXNlcl9pZHMYAiADKAkiRgoMT25DYWxsUm9zdGVyEhMKC2ludGVncmF0aW9uGAEgASgJEg8KB3NlcnZpY2UYAiABKAkSEAoIdXNlcl9pZHMYAyADKAkiaQoJT3duZXJzaGlwEiMKBGtpbmQYASABKA4yFS5qaXRnYXRlLnYxLk93bmVyS2luZBIPCgdzZXJ2aWNlGAIgASgJEhMKC3Jlc291cmNlX2lkGAMgASgJEhEKCW93bmVyX2lkcxgEIAMoCSIzChFVcHNlcnRVc2VyUmVxdWVzdBIeCgR1c2VyGAEgASgLMhAuaml0Z2F0ZS52MS5Vc2VyIjQKElVwc2VydFVzZXJSZXNwb25zZRIeCgR1c2VyGAEgASgLMhAuaml0Z2F0ZS52MS5Vc2VyIhwKDkdldFVzZXJSZXF1ZXN0EgoKAmlkGAEgASgJIjEKD0dldFVzZXJSZXNwb25zZRIeCgR1c2VyGAEgASgLMhAuaml0Z2F0ZS52MS5Vc2VyIkUKEExpc3RVc2Vyc1JlcXVlc3QSDQoFbGltaXQYASABKAUSDgoGb2Zmc2V0GAIgASgFEhIKCm1hbmFnZXJfaWQYAyABKAkiXwoRTGlzdFVzZXJzUmVzcG9uc2USHgoEZGF0YRgBIAMoCzIQLmppdGdhdGUudjEuVXNlchIqCgpwYWdpbmF0aW9uGAIgASgLMhYuaml0Z2F0ZS52MS5QYWdpbmF0aW9uIh8KEURlbGV0ZVVzZXJSZXF1ZXN0EgoKAmlkGAEgASgJIhQKEkRlbGV0ZVVzZXJSZXNwb25zZSI2ChJVcHNlcnRHcm91cFJlcXVlc3QSIAoFZ3JvdXAYASABKAsyES5qaXRnYXRlLnYxLkdyb3VwIjcKE1Vwc2VydEdyb3VwUmVzcG9uc2USIAoFZ3JvdXAYASABKAsyES5qaXRnYXRlLnYxLkdyb3VwIh0KD0dldEdyb3VwUmVxdWVzdBIKCgJpZBgBIAEoCSI0ChBHZXRHcm91cFJlc3BvbnNlEiAKBWdyb3VwGAEgASgLMhEuaml0Z2F0ZS52MS5Hcm91cCIyChFMaXN0R3JvdXBzUmVxdWVzdBINCgVsaW1pdBgBIAEoBRIOCgZvZmZzZXQYAiABKAUiYQoSTGlzdEdyb3Vwc1Jlc3BvbnNlEh8KBGRhdGEYASADKAsyES5qaXRnYXRlLnYxLkdyb3VwEioKCnBhZ2luYXRpb24YAiABKAsyFi5qaXRnYXRlLnYxLlBhZ2luYXRpb24iIAoSRGVsZXRlR3JvdXBSZXF1ZXN0EgoKAmlkGAEgASgJIhUKE0RlbGV0ZUdyb3VwUmVzcG9uc2UiOgoVQWRkR3JvdXBNZW1iZXJSZXF1ZXN0EhAKCGdyb3VwX2lkGAEgASgJEg8KB3VzZXJfaWQYAiABKAkiGAoWQWRkR3JvdXBNZW1iZXJSZXNwb25zZSI9ChhSZW1vdmVHcm91cE1lbWJlclJlcXVlc3QSEAoIZ3JvdXBfaWQYASABKAkSDwoHdXNlcl9pZBgCIAEoCSIbChlSZW1vdmVHcm91cE1lbWJlclJlc3BvbnNlIkoKF0xpc3RHcm91cE1lbWJlcnNSZXF1ZXN0EhAKCGdyb3VwX2lkGAEgASgJEg0KBWxpbWl0GAIgASgFEg4KBm9mZnNldBgDIAEoBSJmChhMaXN0R3JvdXBNZW1iZXJzUmVzcG9uc2USHgoEZGF0YRgBIAMoCzIQLmppdGdhdGUudjEuVXNlchIqCgpwYWdpbmF0aW9uGAIgASgLMhYuaml0Z2F0ZS52MS5QYWdpbmF0aW9uIkUKGVVwc2VydE9uQ2FsbFJvc3RlclJlcXVlc3QSKAoGcm9zdGVyGAEgASgLMhguaml0Z2F0ZS52MS5PbkNhbGxSb3N0ZXIiRgoaVXBzZXJ0T25DYWxsUm9zdGVyUmVzcG9uc2USKAoGcm9zdGVyGAEgASgLMhguaml0Z2F0ZS52MS5PbkNhbGxSb3N0ZXIiPgoWR2V0T25DYWxsUm9zdGVyUmVxdWVzdBITCgtpbnRlZ3JhdGlvbhgBIAEoCRIPCgdzZXJ2aWNlGAIgASgJIkMKF0dldE9uQ2FsbFJvc3RlclJlc3BvbnNlEigKBnJvc3RlchgBIAEoCzIYLmppdGdhdGUudjEuT25DYWxsUm9zdGVyIk4KGExpc3RPbkNhbGxSb3N0ZXJzUmVxdWVzdBINCgVsaW1pdBgBIAEoBRIOCgZvZmZzZXQYAiABKAUSEwoLaW50ZWdyYXRpb24YAyABKAkibwoZTGlzdE9uQ2FsbFJvc3RlcnNSZXNwb25zZRImCgRkYXRhGAEgAygLMhguaml0Z2F0ZS52MS5PbkNhbGxSb3N0ZXISKgoKcGFnaW5hdGlvbhgCIAEoCzIWLmppdGdhdGUudjEuUGFnaW5hdGlvbiJBChlEZWxldGVPbkNhbGxSb3N0ZXJSZXF1ZXN0EhMKC2ludGVncmF0aW9uGAEgASgJEg8KB3NlcnZpY2UYAiABKAkiHAoaRGVsZXRlT25DYWxsUm9zdGVyUmVzcG9uc2UiQgoWVXBzZXJ0T3duZXJzaGlwUmVxdWVzdBIoCglvd25lcnNoaXAYASABKAsyFS5qaXRnYXRlLnYxLk93bmVyc2hpcCJDChdVcHNlcnRPd25lcnNoaXBSZXNwb25zZRIoCglvd25lcnNoaXAYASABKAsyFS5qaXRnYXRlLnYxLk93bmVyc2hpcCI7ChNHZXRPd25lcnNoaXBSZXF1ZXN0Eg8KB3NlcnZpY2UYASABKAkSEwoLcmVzb3VyY2VfaWQYAiABKAkiQAoUR2V0T3duZXJzaGlwUmVzcG9uc2USKAoJb3duZXJzaGlwGAEgASgLMhUuaml0Z2F0ZS52MS5Pd25lcnNoaXAiRwoVTGlzdE93bmVyc2hpcHNSZXF1ZXN0Eg0KBWxpbWl0GAEgASgFEg4KBm9mZnNldBgCIAEoBRIPCgdzZXJ2aWNlGAMgASgJImkKFkxpc3RPd25lcnNoaXBzUmVzcG9uc2USIwoEZGF0YRgBIAMoCzIVLmppdGdhdGUudjEuT3duZXJzaGlwEioKCnBhZ2luYXRpb24YAiABKAsyFi5qaXRnYXRlLnYxLlBhZ2luYXRpb24iPgoWRGVsZXRlT3duZXJzaGlwUmVxdWVzdBIPCgdzZXJ2aWNlGAEgASgJEhMKC3Jlc291cmNlX2lkGAIgASgJIhkKF0RlbGV0ZU93bmVyc2hpcFJlc3BvbnNlIucBChJCYXRjaFVwc2VydFJlcXVlc3QSHwoFdXNlcnMYASADKAsyEC5qaXRnYXRlLnYxLlVzZXISIQoGZ3JvdXBzGAIgAygLMhEuaml0Z2F0ZS52MS5Hcm91cBIvCg1ncm91cF9tZW1iZXJzGAMgAygLMhguaml0Z2F0ZS52MS5Hcm91cE1lbWJlcnMSMQoPb25fY2FsbF9yb3N0ZXJzGAQgAygLMhguaml0Z2F0ZS52MS5PbkNhbGxSb3N0ZXISKQoKb3duZXJzaGlwcxgFIAMoCzIVLmppdGdhdGUudjEuT3duZXJzaGlwIngKE0JhdGNoVXBzZXJ0UmVzcG9uc2USDQoFdXNlcnMYASABKAUSDgoGZ3JvdXBzGAIgASgFEhUKDWdyb3VwX21lbWJlcnMYAyABKAUSFwoPb25fY2FsbF9yb3N0ZXJzGAQgASgFEhIKCm93bmVyc2hpcHMYBSABKAUqWAoJT3duZXJLaW5kEhoKFk9XTkVSX0tJTkRfVU5TUEVDSUZJRUQQABIWChJPV05FUl9LSU5EX1NFUlZJQ0UQARIXChNPV05FUl9LSU5EX1JFU09VUkNFEAIy5hYKEERpcmVjdG9yeVNlcnZpY2USfgoKVXBzZXJ0VXNlchIdLmppdGdhdGUudjEuVXBzZXJ0VXNlclJlcXVlc3QaHi5qaXRnYXRlLnYxLlVwc2VydFVzZXJSZXNwb25zZSIxgtPkkwIrOgR1c2VyYgR1c2VyGh0vZGlyZWN0b3J5L3YxL3VzZXJzL3t1c2VyLmlkfRJqCgdHZXRVc2VyEhouaml0Z2F0ZS52MS5HZXRVc2VyUmVxdWVzdBobLmppdGdhdGUudjEuR2V0VXNlclJlc3BvbnNlIiaC0+STAiBiBHVzZXISGC9kaXJlY3RvcnkvdjEvdXNlcnMve2lkfRJlCglMaXN0VXNlcnMSHC5qaXRnYXRlLnYxLkxpc3RVc2Vyc1JlcXVlc3QaHS5qaXRnYXRlLnYxLkxpc3RVc2Vyc1Jlc3BvbnNlIhuC0+STAhUSEy9kaXJlY3RvcnkvdjEvdXNlcnMSbQoKRGVsZXRlVXNlchIdLmppdGdhdGUudjEuRGVsZXRlVXNlclJlcXVlc3QaHi5qaXRnYXRlLnYxLkRlbGV0ZVVzZXJSZXNwb25zZSIggtPkkwIaKhgvZGlyZWN0b3J5L3YxL3VzZXJzL3tpZH0ShQEKC1Vwc2VydEdyb3VwEh4uaml0Z2F0ZS52MS5VcHNlcnRHcm91cFJlcXVlc3QaHy5qaXRnYXRlLnYxLlVwc2VydEdyb3VwUmVzcG9uc2UiNYLT5JMCLzoFZ3JvdXBiBWdyb3VwGh8vZGlyZWN0b3J5L3YxL2dyb3Vwcy97Z3JvdXAuaWR9Em8KCEdldEdyb3VwEhsuaml0Z2F0ZS52MS5HZXRHcm91cFJlcXVlc3QaHC5qaXRnYXRlLnYxLkdldEdyb3VwUmVzcG9uc2UiKILT5JMCImIFZ3JvdXASGS9kaXJlY3RvcnkvdjEvZ3JvdXBzL3tpZH0SaQoKTGlzdEdyb3VwcxIdLmppdGdhdGUudjEuTGlzdEdyb3Vwc1JlcXVlc3QaHi5qaXRnYXRlLnYxLkxpc3RHcm91cHNSZXNwb25zZSIcgtPkkwIWEhQvZGlyZWN0b3J5L3YxL2dyb3VwcxJxCgtEZWxldGVHcm91cBIeLmppdGdhdGUudjEuRGVsZXRlR3JvdXBSZXF1ZXN0Gh8uaml0Z2F0ZS52MS5EZWxldGVHcm91cFJlc3BvbnNlIiGC0+STAhsqGS9kaXJlY3RvcnkvdjEvZ3JvdXBzL3tpZH0SkgEKDkFkZEdyb3VwTWVtYmVyEiEuaml0Z2F0ZS52MS5BZGRHcm91cE1lbWJlclJlcXVlc3QaIi5qaXRnYXRlLnYxLkFkZEdyb3VwTWVtYmVyUmVzcG9uc2UiOYLT5JMCMxoxL2RpcmVjdG9yeS92MS9ncm91cHMve2dyb3VwX2lkfS9tZW1iZXJzL3t1c2VyX2lkfRKbAQoRUmVtb3ZlR3JvdXBNZW1iZXISJC5qaXRnYXRlLnYxLlJlbW92ZUdyb3VwTWVtYmVyUmVxdWVzdBolLmppdGdhdGUudjEuUmVtb3ZlR3JvdXBNZW1iZXJSZXNwb25zZSI5gtPkkwIzKjEvZGlyZWN0b3J5L3YxL2dyb3Vwcy97Z3JvdXBfaWR9L21lbWJlcnMve3VzZXJfaWR9Eo4BChBMaXN0R3JvdXBNZW1iZXJzEiMuaml0Z2F0ZS52MS5MaXN0R3JvdXBNZW1iZXJzUmVxdWVzdBokLmppdGdhdGUudjEuTGlzdEdyb3VwTWVtYmVyc1Jlc3BvbnNlIi+C0+STAikSJy9kaXJlY3RvcnkvdjEvZ3JvdXBzL3tncm91cF9pZH0vbWVtYmVycxK3AQoSVXBzZXJ0T25DYWxsUm9zdGVyEiUuaml0Z2F0ZS52MS5VcHNlcnRPbkNhbGxSb3N0ZXJSZXF1ZXN0GiYuaml0Z2F0ZS52MS5VcHNlcnRPbkNhbGxSb3N0ZXJSZXNwb25zZSJSgtPkkwJMOgZyb3N0ZXJiBnJvc3Rlcho6L2RpcmVjdG9yeS92MS9vbmNhbGwve3Jvc3Rlci5pbnRlZ3JhdGlvbn0ve3Jvc3Rlci5zZXJ2aWNlfRKYAQoPR2V0T25DYWxsUm9zdGVyEiIuaml0Z2F0ZS52MS5HZXRPbkNhbGxSb3N0ZXJSZXF1ZXN0GiMuaml0Z2F0ZS52MS5HZXRPbkNhbGxSb3N0ZXJSZXNwb25zZSI8gtPkkwI2YgZyb3N0ZXISLC9kaXJlY3RvcnkvdjEvb25jYWxsL3tpbnRlZ3JhdGlvbn0ve3NlcnZpY2V9En4KEUxpc3RPbkNhbGxSb3N0ZXJzEiQuaml0Z2F0ZS52MS5MaXN0T25DYWxsUm9zdGVyc1JlcXVlc3QaJS5qaXRnYXRlLnYxLkxpc3RPbkNhbGxSb3N0ZXJzUmVzcG9uc2UiHILT5JMCFhIUL2RpcmVjdG9yeS92MS9vbmNhbGwSmQEKEkRlbGV0ZU9uQ2FsbFJvc3RlchIlLmppdGdhdGUudjEuRGVsZXRlT25DYWxsUm9zdGVyUmVxdWVzdBomLmppdGdhdGUudjEuRGVsZXRlT25DYWxsUm9zdGVyUmVzcG9uc2UiNILT5JMCLiosL2RpcmVjdG9yeS92MS9vbmNhbGwve2ludGVncmF0aW9ufS97c2VydmljZX0SiwIKD1Vwc2VydE93bmVyc2hpcBIiLmppdGdhdGUudjEuVXBzZXJ0T3duZXJzaGlwUmVxdWVzdBojLmppdGdhdGUudjEuVXBzZXJ0T3duZXJzaGlwUmVzcG9uc2UirgGC0+STAqcBOglvd25lcnNoaXBaZToJb3duZXJzaGlwYglvd25lcnNoaXAaTS9kaXJlY3RvcnkvdjEvb3duZXJzL3tvd25lcnNoaXAuc2VydmljZX0vcmVzb3VyY2VzL3tvd25lcnNoaXAucmVzb3VyY2VfaWQ9Kip9Yglvd25lcnNoaXAaKC9kaXJlY3RvcnkvdjEvb3duZXJzL3tvd25lcnNoaXAuc2VydmljZX0SzAEKDEdldE93bmVyc2hpcBIfLmppdGdhdGUudjEuR2V0T3duZXJzaGlwUmVxdWVzdBogLmppdGdhdGUudjEuR2V0T3duZXJzaGlwUmVzcG9uc2UieYLT5JMCc1pGYglvd25lcnNoaXASOS9kaXJlY3RvcnkvdjEvb3duZXJzL3tzZXJ2aWNlfS9yZXNvdXJjZXMve3Jlc291cmNlX2lkPSoqfWIJb3duZXJzaGlwEh4vZGlyZWN0b3J5L3YxL293bmVycy97c2VydmljZX0SdQoOTGlzdE93bmVyc2hpcHMSIS5qaXRnYXRlLnYxLkxpc3RPd25lcnNoaXBzUmVxdWVzdBoiLmppdGdhdGUudjEuTGlzdE93bmVyc2hpcHNSZXNwb25zZSIcgtPkkwIWEhQvZGlyZWN0b3J5L3YxL293bmVycxK/AQoPRGVsZXRlT3duZXJzaGlwEiIuaml0Z2F0ZS52MS5EZWxldGVPd25lcnNoaXBSZXF1ZXN0GiMuaml0Z2F0ZS52MS5EZWxldGVPd25lcnNoaXBSZXNwb25zZSJjgtPkkwJdWjsqOS9kaXJlY3RvcnkvdjEvb3duZXJzL3tzZXJ2aWNlfS9yZXNvdXJjZXMve3Jlc291cmNlX2lkPSoqfSoeL2RpcmVjdG9yeS92MS9vd25lcnMve3NlcnZpY2V9Em4KC0JhdGNoVXBzZXJ0Eh4uaml0Z2F0ZS52MS5CYXRjaFVwc2VydFJlcXVlc3QaHy5qaXRnYXRlLnYxLkJhdGNoVXBzZXJ0UmVzcG9uc2UiHoLT5JMCGDoBKiITL2RpcmVjdG9yeS92MS9iYXRjaGIGcHJvdG8z", [file_google_api_annotations, file_jitgate_v1_common]);
/**
 * Describes the message jitgate.v1.User.
 * Use `create(UserSchema)` to create a new message.
 */
export const UserSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 0);
/**
 * Describes the message jitgate.v1.Group.
 * Use `create(GroupSchema)` to create a new message.
 */
export const GroupSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 1);
/**
 * Describes the message jitgate.v1.GroupMembers.
 * Use `create(GroupMembersSchema)` to create a new message.
 */
export const GroupMembersSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 2);
/**
 * Describes the message jitgate.v1.OnCallRoster.
 * Use `create(OnCallRosterSchema)` to create a new message.
 */
export const OnCallRosterSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 3);
/**
 * Describes the message jitgate.v1.Ownership.
 * Use `create(OwnershipSchema)` to create a new message.
 */
export const OwnershipSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 4);
/**
 * Describes the message jitgate.v1.UpsertUserRequest.
 * Use `create(UpsertUserRequestSchema)` to create a new message.
 */
export const UpsertUserRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 5);
/**
 * Describes the message jitgate.v1.UpsertUserResponse.
 * Use `create(UpsertUserResponseSchema)` to create a new message.
 */
export const UpsertUserResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 6);
/**
 * Describes the message jitgate.v1.GetUserRequest.
 * Use `create(GetUserRequestSchema)` to create a new message.
 */
export const GetUserRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 7);
/**
 * Describes the message jitgate.v1.GetUserResponse.
 * Use `create(GetUserResponseSchema)` to create a new message.
 */
export const GetUserResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 8);
/**
 * Describes the message jitgate.v1.ListUsersRequest.
 * Use `create(ListUsersRequestSchema)` to create a new message.
 */
export const ListUsersRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 9);
/**
 * Describes the message jitgate.v1.ListUsersResponse.
 * Use `create(ListUsersResponseSchema)` to create a new message.
 */
export const ListUsersResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 10);
/**
 * Describes the message jitgate.v1.DeleteUserRequest.
 * Use `create(DeleteUserRequestSchema)` to create a new message.
 */
export const DeleteUserRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 11);
/**
 * Describes the message jitgate.v1.DeleteUserResponse.
 * Use `create(DeleteUserResponseSchema)` to create a new message.
 */
export const DeleteUserResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 12);
/**
 * Describes the message jitgate.v1.UpsertGroupRequest.
 * Use `create(UpsertGroupRequestSchema)` to create a new message.
 */
export const UpsertGroupRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 13);
/**
 * Describes the message jitgate.v1.UpsertGroupResponse.
 * Use `create(UpsertGroupResponseSchema)` to create a new message.
 */
export const UpsertGroupResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 14);
/**
 * Describes the message jitgate.v1.GetGroupRequest.
 * Use `create(GetGroupRequestSchema)` to create a new message.
 */
export const GetGroupRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 15);
/**
 * Describes the message jitgate.v1.GetGroupResponse.
 * Use `create(GetGroupResponseSchema)` to create a new message.
 */
export const GetGroupResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 16);
/**
 * Describes the message jitgate.v1.ListGroupsRequest.
 * Use `create(ListGroupsRequestSchema)` to create a new message.
 */
export const ListGroupsRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 17);
/**
 * Describes the message jitgate.v1.ListGroupsResponse.
 * Use `create(ListGroupsResponseSchema)` to create a new message.
 */
export const ListGroupsResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 18);
/**
 * Describes the message jitgate.v1.DeleteGroupRequest.
 * Use `create(DeleteGroupRequestSchema)` to create a new message.
 */
export const DeleteGroupRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 19);
/**
 * Describes the message jitgate.v1.DeleteGroupResponse.
 * Use `create(DeleteGroupResponseSchema)` to create a new message.
 */
export const DeleteGroupResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 20);
/**
 * Describes the message jitgate.v1.AddGroupMemberRequest.
 * Use `create(AddGroupMemberRequestSchema)` to create a new message.
 */
export const AddGroupMemberRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 21);
/**
 * Describes the message jitgate.v1.AddGroupMemberResponse.
 * Use `create(AddGroupMemberResponseSchema)` to create a new message.
 */
export const AddGroupMemberResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 22);
/**
 * Describes the message jitgate.v1.RemoveGroupMemberRequest.
 * Use `create(RemoveGroupMemberRequestSchema)` to create a new message.
 */
export const RemoveGroupMemberRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 23);
/**
 * Describes the message jitgate.v1.RemoveGroupMemberResponse.
 * Use `create(RemoveGroupMemberResponseSchema)` to create a new message.
 */
export const RemoveGroupMemberResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 24);
/**
 * Describes the message jitgate.v1.ListGroupMembersRequest.
 * Use `create(ListGroupMembersRequestSchema)` to create a new message.
 */
export const ListGroupMembersRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 25);
/**
 * Describes the message jitgate.v1.ListGroupMembersResponse.
 * Use `create(ListGroupMembersResponseSchema)` to create a new message.
 */
export const ListGroupMembersResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 26);
/**
 * Describes the message jitgate.v1.UpsertOnCallRosterRequest.
 * Use `create(UpsertOnCallRosterRequestSchema)` to create a new message.
 */
export const UpsertOnCallRosterRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 27);
/**
 * Describes the message jitgate.v1.UpsertOnCallRosterResponse.
 * Use `create(UpsertOnCallRosterResponseSchema)` to create a new message.
 */
export const UpsertOnCallRosterResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 28);
/**
 * Describes the message jitgate.v1.GetOnCallRosterRequest.
 * Use `create(GetOnCallRosterRequestSchema)` to create a new message.
 */
export const GetOnCallRosterRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 29);
/**
 * Describes the message jitgate.v1.GetOnCallRosterResponse.
 * Use `create(GetOnCallRosterResponseSchema)` to create a new message.
 */
export const GetOnCallRosterResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 30);
/**
 * Describes the message jitgate.v1.ListOnCallRostersRequest.
 * Use `create(ListOnCallRostersRequestSchema)` to create a new message.
 */
export const ListOnCallRostersRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 31);
/**
 * Describes the message jitgate.v1.ListOnCallRostersResponse.
 * Use `create(ListOnCallRostersResponseSchema)` to create a new message.
 */
export const ListOnCallRostersResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 32);
/**
 * Describes the message jitgate.v1.DeleteOnCallRosterRequest.
 * Use `create(DeleteOnCallRosterRequestSchema)` to create a new message.
 */
export const DeleteOnCallRosterRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 33);
/**
 * Describes the message jitgate.v1.DeleteOnCallRosterResponse.
 * Use `create(DeleteOnCallRosterResponseSchema)` to create a new message.
 */
export const DeleteOnCallRosterResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 34);
/**
 * Describes the message jitgate.v1.UpsertOwnershipRequest.
 * Use `create(UpsertOwnershipRequestSchema)` to create a new message.
 */
export const UpsertOwnershipRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 35);
/**
 * Describes the message jitgate.v1.UpsertOwnershipResponse.
 * Use `create(UpsertOwnershipResponseSchema)` to create a new message.
 */
export const UpsertOwnershipResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 36);
/**
 * Describes the message jitgate.v1.GetOwnershipRequest.
 * Use `create(GetOwnershipRequestSchema)` to create a new message.
 */
export const GetOwnershipRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 37);
/**
 * Describes the message jitgate.v1.GetOwnershipResponse.
 * Use `create(GetOwnershipResponseSchema)` to create a new message.
 */
export const GetOwnershipResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 38);
/**
 * Describes the message jitgate.v1.ListOwnershipsRequest.
 * Use `create(ListOwnershipsRequestSchema)` to create a new message.
 */
export const ListOwnershipsRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 39);
/**
 * Describes the message jitgate.v1.ListOwnershipsResponse.
 * Use `create(ListOwnershipsResponseSchema)` to create a new message.
 */
export const ListOwnershipsResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 40);
/**
 * Describes the message jitgate.v1.DeleteOwnershipRequest.
 * Use `create(DeleteOwnershipRequestSchema)` to create a new message.
 */
export const DeleteOwnershipRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 41);
/**
 * Describes the message jitgate.v1.DeleteOwnershipResponse.
 * Use `create(DeleteOwnershipResponseSchema)` to create a new message.
 */
export const DeleteOwnershipResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 42);
/**
 * Describes the message jitgate.v1.BatchUpsertRequest.
 * Use `create(BatchUpsertRequestSchema)` to create a new message.
 */
export const BatchUpsertRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 43);
/**
 * Describes the message jitgate.v1.BatchUpsertResponse.
 * Use `create(BatchUpsertResponseSchema)` to create a new message.
 */
export const BatchUpsertResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_directory, 44);
/**
 * What an ownership record owns.
 *
 * @generated from enum jitgate.v1.OwnerKind
 */
export var OwnerKind;
(function (OwnerKind) {
    /**
     * Not set: inferred from `resource_id` (empty: SERVICE, else RESOURCE).
     *
     * @generated from enum value: OWNER_KIND_UNSPECIFIED = 0;
     */
    OwnerKind[OwnerKind["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A whole service (SailPoint's `sourceOwner`).
     *
     * @generated from enum value: OWNER_KIND_SERVICE = 1;
     */
    OwnerKind[OwnerKind["SERVICE"] = 1] = "SERVICE";
    /**
     * One resource of a service (SailPoint's `entitlementOwner`).
     *
     * @generated from enum value: OWNER_KIND_RESOURCE = 2;
     */
    OwnerKind[OwnerKind["RESOURCE"] = 2] = "RESOURCE";
})(OwnerKind || (OwnerKind = {}));
/**
 * Describes the enum jitgate.v1.OwnerKind.
 */
export const OwnerKindSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_directory, 0);
/**
 * DirectoryService reads and writes the org's directory.
 *
 * The org is the caller's token `org`; objects of other orgs are NOT_FOUND.
 * Every call, read or write, requires the ORG_ADMIN role: the directory is
 * configuration (jitgate itself reads it to evaluate every member's
 * requests). Upserts create or replace whole objects. Every successful write
 * leaves one DIRECTORY_CHANGED audit event. Lists are offset-paged (`limit` 1
 * to 100, default 50) and sorted by id, byte-wise.
 *
 * @generated from service jitgate.v1.DirectoryService
 */
export const DirectoryService = /*@__PURE__*/ serviceDesc(file_jitgate_v1_directory, 0);
