// Access requests: the request queue, decisions, grants, evaluation (dry
// run) and the event stream.
//
// Modeled on the PrivX workflow-engine request API. The REST paths and JSON
// keys are PrivX's own (snake_case); fields this API adds follow the same
// style.
import { enumDesc, fileDesc, messageDesc, serviceDesc } from "@bufbuild/protobuf/codegenv2";
import { file_google_api_annotations } from "../../google/api/annotations_pb.js";
import { file_google_protobuf_struct, file_google_protobuf_timestamp } from "@bufbuild/protobuf/wkt";
/**
 * Describes the file jitgate/v1/access_request.proto.
 */
export const file_jitgate_v1_access_request = /*@__PURE__*/ fileDesc("Ch9qaXRnYXRlL3YxL2FjY2Vzc19yZXF1ZXN0LnByb3RvEgpqaXRnYXRlLnYxIoMOCg1BY2Nlc3NSZXF1ZXN0EgoKAmlkGAEgASgJEh4KCnJlcXVlc3RfaWQYAiABKAlSCnJlcXVlc3RfaWQSOwoOcmVxdWVzdGVkX3JvbGUYAyABKAsyEy5qaXRnYXRlLnYxLlJvbGVSZWZSDnJlcXVlc3RlZF9yb2xlEi8KCHJlc291cmNlGAQgASgLMh0uaml0Z2F0ZS52MS5SZXF1ZXN0ZWRSZXNvdXJjZRI0ChVyZXF1ZXN0X2p1c3RpZmljYXRpb24YBSABKAlSFXJlcXVlc3RfanVzdGlmaWNhdGlvbhIeCgpncmFudF90eXBlGAYgASgJUgpncmFudF90eXBlEiAKC2dyYW50X3R5cGVzGAcgAygJUgtncmFudF90eXBlcxI8CgtncmFudF9zdGFydBgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSC2dyYW50X3N0YXJ0EjgKCWdyYW50X2VuZBgJIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSCWdyYW50X2VuZBIoCg9mbG9hdGluZ19sZW5ndGgYCiABKAVSD2Zsb2F0aW5nX2xlbmd0aBI0ChVtYXhfZmxvYXRpbmdfZHVyYXRpb24YCyABKAVSFW1heF9mbG9hdGluZ19kdXJhdGlvbhJCChxtYXhfdGltZV9yZXN0cmljdGVkX2R1cmF0aW9uGAwgASgFUhxtYXhfdGltZV9yZXN0cmljdGVkX2R1cmF0aW9uEjIKFHJlcXVlc3RlZF9ncmFudF90eXBlGA0gASgJUhRyZXF1ZXN0ZWRfZ3JhbnRfdHlwZRJQChVyZXF1ZXN0ZWRfZ3JhbnRfc3RhcnQYDiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUhVyZXF1ZXN0ZWRfZ3JhbnRfc3RhcnQSTAoTcmVxdWVzdGVkX2dyYW50X2VuZBgPIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSE3JlcXVlc3RlZF9ncmFudF9lbmQSPAoZcmVxdWVzdGVkX2Zsb2F0aW5nX2xlbmd0aBgQIAEoBVIZcmVxdWVzdGVkX2Zsb2F0aW5nX2xlbmd0aBI1Cgt0YXJnZXRfdXNlchgRIAEoCzITLmppdGdhdGUudjEuVXNlclJlZlILdGFyZ2V0X3VzZXISNwoMdGFyZ2V0X3JvbGVzGBIgAygLMhMuaml0Z2F0ZS52MS5Sb2xlUmVmUgx0YXJnZXRfcm9sZXMSHQoLd29ya2Zsb3dfaWQYEyABKAlSCHdvcmtmbG93Eg4KBmFjdGlvbhgUIAEoCRIMCgRuYW1lGBUgASgJEg8KB2NvbW1lbnQYFiABKAkSMAoTYXBwcm92ZXJfY2FuX3Jldm9rZRgXIAEoCFITYXBwcm92ZXJfY2FuX3Jldm9rZRIwChN0YXJnZXRfcm9sZV9yZXZva2VkGBggASgIUhN0YXJnZXRfcm9sZV9yZXZva2VkEksKFnRhcmdldF9yb2xlX3Jldm9rZWRfYnkYGSABKAsyEy5qaXRnYXRlLnYxLlVzZXJSZWZSFnRhcmdldF9yb2xlX3Jldm9rZWRfYnkSXAobdGFyZ2V0X3JvbGVfcmV2b2NhdGlvbl90aW1lGBogASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFIbdGFyZ2V0X3JvbGVfcmV2b2NhdGlvbl90aW1lEj4KGmNhbl9ieXBhc3NfcmV2b2tlX3dvcmtmbG93GBsgASgIUhpjYW5fYnlwYXNzX3Jldm9rZV93b3JrZmxvdxImCgVzdGVwcxgcIAMoCzIXLmppdGdhdGUudjEuUmVxdWVzdFN0ZXASJwoFc3RhdGUYHSABKA4yGC5qaXRnYXRlLnYxLlJlcXVlc3RTdGF0ZRImCglyZXF1ZXN0ZXIYHiABKAsyEy5qaXRnYXRlLnYxLlVzZXJSZWYSKwoHY3JlYXRlZBgfIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASKwoHdXBkYXRlZBggIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASJAoEcGxhbhghIAEoCzIWLmppdGdhdGUudjEuRXZhbHVhdGlvbhJIChFkZWNpc2lvbl9kZWFkbGluZRgiIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSEWRlY2lzaW9uX2RlYWRsaW5lEiYKDnJlbWluZGVyc19zZW50GCMgASgFUg5yZW1pbmRlcnNfc2VudBIqChBlc2NhbGF0aW9uX2xldmVsGCQgASgFUhBlc2NhbGF0aW9uX2xldmVsEg4KBnN0YXR1cxglIAEoCSIjCgdSb2xlUmVmEgoKAmlkGAEgASgJEgwKBG5hbWUYAiABKAkiOQoHVXNlclJlZhIKCgJpZBgBIAEoCRIiCgxkaXNwbGF5X25hbWUYAiABKAlSDGRpc3BsYXlfbmFtZSKHAgoRUmVxdWVzdGVkUmVzb3VyY2USDwoHc2VydmljZRgBIAEoCRIkCg1yZXNvdXJjZV90eXBlGAIgASgJUg1yZXNvdXJjZV90eXBlEiAKC3Jlc291cmNlX2lkGAMgASgJUgtyZXNvdXJjZV9pZBI1CgR0YWdzGAQgAygLMicuaml0Z2F0ZS52MS5SZXF1ZXN0ZWRSZXNvdXJjZS5UYWdzRW50cnkSEwoLcGVybWlzc2lvbnMYBSADKAkSIAoLYWNjZXNzX3R5cGUYBiABKAlSC2FjY2Vzc190eXBlGisKCVRhZ3NFbnRyeRILCgNrZXkYASABKAkSDQoFdmFsdWUYAiABKAk6AjgBIuQBCgtSZXF1ZXN0U3RlcBIKCgJpZBgBIAEoCRIMCgRuYW1lGAIgASgJEiEKBW1hdGNoGAMgASgOMhIuaml0Z2F0ZS52MS5RdW9ydW0SMgoJYXBwcm92ZXJzGAQgAygLMh8uaml0Z2F0ZS52MS5SZXF1ZXN0U3RlcEFwcHJvdmVyEiQKBXN0YXRlGAUgASgOMhUuaml0Z2F0ZS52MS5TdGVwU3RhdGUSHgoKcGF0aF9pbmRleBgGIAEoBVIKcGF0aF9pbmRleBIeCgpzdGVwX2luZGV4GAcgASgFUgpzdGVwX2luZGV4IoECChNSZXF1ZXN0U3RlcEFwcHJvdmVyEgoKAmlkGAEgASgJEgwKBHR5cGUYAiABKAkSIgoMZGlzcGxheV9uYW1lGAMgASgJUgxkaXNwbGF5X25hbWUSJgoIZGVjaXNpb24YBCABKA4yFC5qaXRnYXRlLnYxLkRlY2lzaW9uEiEKBHVzZXIYBSABKAsyEy5qaXRnYXRlLnYxLlVzZXJSZWYSQAoNZGVjaXNpb25fdGltZRgGIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSDWRlY2lzaW9uX3RpbWUSDwoHY29tbWVudBgHIAEoCRIOCgZzb3VyY2UYCCABKAki5QMKCkV2YWx1YXRpb24SLgoHb3V0Y29tZRgBIAEoDjIdLmppdGdhdGUudjEuRXZhbHVhdGlvbk91dGNvbWUSDwoHcmVhc29ucxgCIAMoCRI+CgxldmFsdWF0ZWRfYXQYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUgxldmFsdWF0ZWRfYXQSIgoMcmVxdWVzdGVyX2lkGAQgASgJUgxyZXF1ZXN0ZXJfaWQSJgoOdGFyZ2V0X3VzZXJfaWQYBSABKAlSDnRhcmdldF91c2VyX2lkEi8KCHJlc291cmNlGAYgASgLMh0uaml0Z2F0ZS52MS5SZXF1ZXN0ZWRSZXNvdXJjZRIoCg9yb3V0aW5nX3ZlcnNpb24YByABKAlSD3JvdXRpbmdfdmVyc2lvbhIpCghwb2xpY2llcxgIIAMoCzIXLmppdGdhdGUudjEuUG9saWN5TWF0Y2gSJwoFcGF0aHMYCSADKAsyGC5qaXRnYXRlLnYxLkFwcHJvdmFsUGF0aBIzCgp2aW9sYXRpb25zGAogAygLMh8uaml0Z2F0ZS52MS5Db25zdHJhaW50VmlvbGF0aW9uEiYKBWdyYW50GAsgASgLMhcuaml0Z2F0ZS52MS5HcmFudFdpbmRvdyJvCgtQb2xpY3lNYXRjaBIkCgRraW5kGAEgASgOMhYuaml0Z2F0ZS52MS5Qb2xpY3lLaW5kEgoKAmlkGAIgASgJEgwKBG5hbWUYAyABKAkSDwoHbWF0Y2hlZBgEIAEoCBIPCgdyZWFzb25zGAUgAygJIskDCgxBcHByb3ZhbFBhdGgSDQoFaW5kZXgYASABKAUSOAoLcG9saWN5X2tpbmQYAiABKA4yFi5qaXRnYXRlLnYxLlBvbGljeUtpbmRSC3BvbGljeV9raW5kEhwKCXBvbGljeV9pZBgDIAEoCVIJcG9saWN5X2lkEiYKDmFwcHJvdmFsX2luZGV4GAQgASgFUg5hcHByb3ZhbF9pbmRleBIkCg1hcHByb3ZhbF90eXBlGAUgASgJUg1hcHByb3ZhbF90eXBlEiMKBXN0ZXBzGAYgAygLMhQuaml0Z2F0ZS52MS5QbGFuU3RlcBIwCgtjb25zdHJhaW50cxgHIAEoCzIbLmppdGdhdGUudjEuUGF0aENvbnN0cmFpbnRzEiIKDGF1dG9fYXBwcm92ZRgIIAEoCFIMYXV0b19hcHByb3ZlEjAKE2F1dG9fYXBwcm92ZV9yZWFzb24YCSABKAlSE2F1dG9fYXBwcm92ZV9yZWFzb24SMwoKdmlvbGF0aW9ucxgKIAMoCzIfLmppdGdhdGUudjEuQ29uc3RyYWludFZpb2xhdGlvbhIiCgxjdXJyZW50X3N0ZXAYCyABKAVSDGN1cnJlbnRfc3RlcCJsCghQbGFuU3RlcBIMCgRuYW1lGAEgASgJEiEKBW1hdGNoGAIgASgOMhIuaml0Z2F0ZS52MS5RdW9ydW0SLwoJYXBwcm92ZXJzGAMgAygLMhwuaml0Z2F0ZS52MS5FbGlnaWJsZUFwcHJvdmVyInwKEEVsaWdpYmxlQXBwcm92ZXISDAoEdHlwZRgBIAEoCRIKCgJpZBgCIAEoCRIiCgxkaXNwbGF5X25hbWUYAyABKAlSDGRpc3BsYXlfbmFtZRIOCgZzb3VyY2UYBCABKAkSGgoIdXNlcl9pZHMYBSADKAlSCHVzZXJfaWRzIv8CCg9QYXRoQ29uc3RyYWludHMSJgoOcmVxdWlyZV9yZWFzb24YASABKAhSDnJlcXVpcmVfcmVhc29uEigKD2FsbG93X29uZV9wYXJ0eRgCIAEoCFIPYWxsb3dfb25lX3BhcnR5EjoKGHJlcXVlc3Rlcl9jYW5ub3RfYXBwcm92ZRgDIAEoCFIYcmVxdWVzdGVyX2Nhbm5vdF9hcHByb3ZlEkYKHnJlcXVpcmVfYXBwcm92ZXJfanVzdGlmaWNhdGlvbhgEIAEoCFIecmVxdWlyZV9hcHByb3Zlcl9qdXN0aWZpY2F0aW9uEjYKFnJlcXVpcmVfZGVuaWFsX2NvbW1lbnQYBSABKAhSFnJlcXVpcmVfZGVuaWFsX2NvbW1lbnQSMgoUbWF4X2R1cmF0aW9uX3NlY29uZHMYBiABKAVSFG1heF9kdXJhdGlvbl9zZWNvbmRzEioKEGNvb2xkb3duX3NlY29uZHMYByABKAVSEGNvb2xkb3duX3NlY29uZHMifwoTQ29uc3RyYWludFZpb2xhdGlvbhINCgVmaWVsZBgBIAEoCRISCgpjb25zdHJhaW50GAIgASgJEhMKC2Rlc2NyaXB0aW9uGAMgASgJEjAKE3JldHJ5X2FmdGVyX3NlY29uZHMYBCABKAVSE3JldHJ5X2FmdGVyX3NlY29uZHMizwEKC0dyYW50V2luZG93Eh4KCmdyYW50X3R5cGUYASABKAlSCmdyYW50X3R5cGUSPAoLZ3JhbnRfc3RhcnQYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUgtncmFudF9zdGFydBI4CglncmFudF9lbmQYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUglncmFudF9lbmQSKAoPZmxvYXRpbmdfbGVuZ3RoGAQgASgFUg9mbG9hdGluZ19sZW5ndGgingMKBUV2ZW50Eg4KBmN1cnNvchgBIAEoCRIQCghzZXF1ZW5jZRgCIAEoAxILCgNvcmcYAyABKAkSIwoEa2luZBgEIAEoDjIVLmppdGdhdGUudjEuRXZlbnRLaW5kEjwKC29jY3VycmVkX2F0GAUgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFILb2NjdXJyZWRfYXQSDQoFYWN0b3IYBiABKAkSIgoMc3ViamVjdF90eXBlGAcgASgJUgxzdWJqZWN0X3R5cGUSHgoKc3ViamVjdF9pZBgIIAEoCVIKc3ViamVjdF9pZBIsChFhY2Nlc3NfcmVxdWVzdF9pZBgJIAEoCVIRYWNjZXNzX3JlcXVlc3RfaWQSJwoGYmVmb3JlGAogASgLMhcuZ29vZ2xlLnByb3RvYnVmLlN0cnVjdBImCgVhZnRlchgLIAEoCzIXLmdvb2dsZS5wcm90b2J1Zi5TdHJ1Y3QSDwoHY29tbWVudBgMIAEoCRIgCgt0cmFja2luZ19pZBgNIAEoCVILdHJhY2tpbmdfaWQiXwoaQ3JlYXRlQWNjZXNzUmVxdWVzdFJlcXVlc3QSQQoOYWNjZXNzX3JlcXVlc3QYASABKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RSDmFjY2Vzc19yZXF1ZXN0ImAKG0NyZWF0ZUFjY2Vzc1JlcXVlc3RSZXNwb25zZRJBCg5hY2Nlc3NfcmVxdWVzdBgBIAEoCzIZLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdFIOYWNjZXNzX3JlcXVlc3QiJQoXR2V0QWNjZXNzUmVxdWVzdFJlcXVlc3QSCgoCaWQYASABKAkiXQoYR2V0QWNjZXNzUmVxdWVzdFJlc3BvbnNlEkEKDmFjY2Vzc19yZXF1ZXN0GAEgASgLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0Ug5hY2Nlc3NfcmVxdWVzdCKVAQoZTGlzdEFjY2Vzc1JlcXVlc3RzUmVxdWVzdBIOCgZvZmZzZXQYASABKAUSDQoFbGltaXQYAiABKAUSLwoGZmlsdGVyGAMgASgOMh8uaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0RmlsdGVyEigKBnN0YXRlcxgEIAMoDjIYLmppdGdhdGUudjEuUmVxdWVzdFN0YXRlIlUKGkxpc3RBY2Nlc3NSZXF1ZXN0c1Jlc3BvbnNlEg0KBWNvdW50GAEgASgFEigKBWl0ZW1zGAIgAygLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0IjkKGkNhbmNlbEFjY2Vzc1JlcXVlc3RSZXF1ZXN0EgoKAmlkGAEgASgJEg8KB2NvbW1lbnQYAiABKAkiYAobQ2FuY2VsQWNjZXNzUmVxdWVzdFJlc3BvbnNlEkEKDmFjY2Vzc19yZXF1ZXN0GAEgASgLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0Ug5hY2Nlc3NfcmVxdWVzdCK4AgoaRGVjaWRlQWNjZXNzUmVxdWVzdFJlcXVlc3QSCgoCaWQYASABKAkSEQoEc3RlcBgCIAEoBUgAiAEBEiYKCGRlY2lzaW9uGAMgASgOMhQuaml0Z2F0ZS52MS5EZWNpc2lvbhIPCgdjb21tZW50GAQgASgJEjwKC2dyYW50X3N0YXJ0GAUgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFILZ3JhbnRfc3RhcnQSOAoJZ3JhbnRfZW5kGAYgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFIJZ3JhbnRfZW5kEi0KD2Zsb2F0aW5nX2xlbmd0aBgHIAEoBUgBUg9mbG9hdGluZ19sZW5ndGiIAQFCBwoFX3N0ZXBCEgoQX2Zsb2F0aW5nX2xlbmd0aCJgChtEZWNpZGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2USQQoOYWNjZXNzX3JlcXVlc3QYASABKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RSDmFjY2Vzc19yZXF1ZXN0IjkKGlJldm9rZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0EgoKAmlkGAEgASgJEg8KB2NvbW1lbnQYAiABKAkiYAobUmV2b2tlQWNjZXNzUmVxdWVzdFJlc3BvbnNlEkEKDmFjY2Vzc19yZXF1ZXN0GAEgASgLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0Ug5hY2Nlc3NfcmVxdWVzdCIqChxBY3RpdmF0ZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0EgoKAmlkGAEgASgJImIKHUFjdGl2YXRlQWNjZXNzUmVxdWVzdFJlc3BvbnNlEkEKDmFjY2Vzc19yZXF1ZXN0GAEgASgLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0Ug5hY2Nlc3NfcmVxdWVzdCL1AQocRXZhbHVhdGVBY2Nlc3NSZXF1ZXN0UmVxdWVzdBJBCg5hY2Nlc3NfcmVxdWVzdBgBIAEoCzIZLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdFIOYWNjZXNzX3JlcXVlc3QSIgoMcmVxdWVzdGVyX2lkGAIgASgJUgxyZXF1ZXN0ZXJfaWQSRAoPZXZhbHVhdGlvbl90aW1lGAMgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFIPZXZhbHVhdGlvbl90aW1lEigKBHZpZXcYBCABKA4yGi5qaXRnYXRlLnYxLkV2YWx1YXRpb25WaWV3IksKHUV2YWx1YXRlQWNjZXNzUmVxdWVzdFJlc3BvbnNlEioKCmV2YWx1YXRpb24YASABKAsyFi5qaXRnYXRlLnYxLkV2YWx1YXRpb24ioAEKEldhdGNoRXZlbnRzUmVxdWVzdBIOCgZjdXJzb3IYASABKAkSJgoOZnJvbV9iZWdpbm5pbmcYAiABKAhSDmZyb21fYmVnaW5uaW5nEiQKBWtpbmRzGAMgAygOMhUuaml0Z2F0ZS52MS5FdmVudEtpbmQSLAoRYWNjZXNzX3JlcXVlc3RfaWQYBCABKAlSEWFjY2Vzc19yZXF1ZXN0X2lkIjcKE1dhdGNoRXZlbnRzUmVzcG9uc2USIAoFZXZlbnQYASABKAsyES5qaXRnYXRlLnYxLkV2ZW50Il8KEkNoZWNrQWNjZXNzUmVxdWVzdBIYCgd1c2VyX2lkGAEgASgJUgd1c2VyX2lkEi8KCHJlc291cmNlGAIgASgLMh0uaml0Z2F0ZS52MS5SZXF1ZXN0ZWRSZXNvdXJjZSKLAQoTQ2hlY2tBY2Nlc3NSZXNwb25zZRIPCgdhbGxvd2VkGAEgASgIEicKBmdyYW50cxgCIAMoCzIXLmppdGdhdGUudjEuQWN0aXZlR3JhbnQSOgoKY2hlY2tlZF9hdBgDIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSCmNoZWNrZWRfYXQiswEKC0FjdGl2ZUdyYW50EiwKEWFjY2Vzc19yZXF1ZXN0X2lkGAEgASgJUhFhY2Nlc3NfcmVxdWVzdF9pZBI8CgtncmFudF9zdGFydBgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSC2dyYW50X3N0YXJ0EjgKCWdyYW50X2VuZBgDIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSCWdyYW50X2VuZCJlChdCYXRjaENoZWNrQWNjZXNzUmVxdWVzdBIYCgd1c2VyX2lkGAEgASgJUgd1c2VyX2lkEjAKCXJlc291cmNlcxgCIAMoCzIdLmppdGdhdGUudjEuUmVxdWVzdGVkUmVzb3VyY2UiiAEKGEJhdGNoQ2hlY2tBY2Nlc3NSZXNwb25zZRIwCgdyZXN1bHRzGAEgAygLMh8uaml0Z2F0ZS52MS5DaGVja0FjY2Vzc1Jlc3BvbnNlEjoKCmNoZWNrZWRfYXQYAiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUgpjaGVja2VkX2F0ItgCChZMaXN0QXVkaXRFdmVudHNSZXF1ZXN0Eg0KBWxpbWl0GAEgASgFEg4KBmN1cnNvchgCIAEoCRIiCgxuZXdlc3RfZmlyc3QYAyABKAhSDG5ld2VzdF9maXJzdBIkCgVraW5kcxgEIAMoDjIVLmppdGdhdGUudjEuRXZlbnRLaW5kEiIKDHN1YmplY3RfdHlwZRgFIAEoCVIMc3ViamVjdF90eXBlEh4KCnN1YmplY3RfaWQYBiABKAlSCnN1YmplY3RfaWQSLAoRYWNjZXNzX3JlcXVlc3RfaWQYByABKAlSEWFjY2Vzc19yZXF1ZXN0X2lkEg0KBWFjdG9yGAggASgJEikKBXNpbmNlGAkgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcBIpCgV1bnRpbBgKIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXAiegoXTGlzdEF1ZGl0RXZlbnRzUmVzcG9uc2USIQoGZXZlbnRzGAEgAygLMhEuaml0Z2F0ZS52MS5FdmVudBIgCgtuZXh0X2N1cnNvchgCIAEoCVILbmV4dF9jdXJzb3ISGgoIaGFzX21vcmUYAyABKAhSCGhhc19tb3JlKmYKDkV2YWx1YXRpb25WaWV3Eh8KG0VWQUxVQVRJT05fVklFV19VTlNQRUNJRklFRBAAEhkKFUVWQUxVQVRJT05fVklFV19CQVNJQxABEhgKFEVWQUxVQVRJT05fVklFV19GVUxMEAIq8wEKDFJlcXVlc3RTdGF0ZRIdChlSRVFVRVNUX1NUQVRFX1VOU1BFQ0lGSUVEEAASIgoeUkVRVUVTVF9TVEFURV9QRU5ESU5HX0FQUFJPVkFMEAESGgoWUkVRVUVTVF9TVEFURV9BUFBST1ZFRBACEhgKFFJFUVVFU1RfU1RBVEVfQUNUSVZFEAMSGAoUUkVRVUVTVF9TVEFURV9ERU5JRUQQBBIaChZSRVFVRVNUX1NUQVRFX0NBTkNFTEVEEAUSGQoVUkVRVUVTVF9TVEFURV9FWFBJUkVEEAYSGQoVUkVRVUVTVF9TVEFURV9SRVZPS0VEEAcqQAoGUXVvcnVtEhYKElFVT1JVTV9VTlNQRUNJRklFRBAAEg4KClFVT1JVTV9BTlkQARIOCgpRVU9SVU1fQUxMEAIqUAoIRGVjaXNpb24SGAoUREVDSVNJT05fVU5TUEVDSUZJRUQQABIVChFERUNJU0lPTl9BUFBST1ZFRBABEhMKD0RFQ0lTSU9OX0RFTklFRBACKp4BCglTdGVwU3RhdGUSGgoWU1RFUF9TVEFURV9VTlNQRUNJRklFRBAAEhYKElNURVBfU1RBVEVfV0FJVElORxABEhYKElNURVBfU1RBVEVfUEVORElORxACEhcKE1NURVBfU1RBVEVfQVBQUk9WRUQQAxIVChFTVEVQX1NUQVRFX0RFTklFRBAEEhUKEVNURVBfU1RBVEVfQ0xPU0VEEAUqwwEKE0FjY2Vzc1JlcXVlc3RGaWx0ZXISJQohQUNDRVNTX1JFUVVFU1RfRklMVEVSX1VOU1BFQ0lGSUVEEAASHgoaQUNDRVNTX1JFUVVFU1RfRklMVEVSX01JTkUQARIkCiBBQ0NFU1NfUkVRVUVTVF9GSUxURVJfVE9fQVBQUk9WRRACEiAKHEFDQ0VTU19SRVFVRVNUX0ZJTFRFUl9BQ1RJVkUQAxIdChlBQ0NFU1NfUkVRVUVTVF9GSUxURVJfQUxMEAQqtwEKEUV2YWx1YXRpb25PdXRjb21lEiIKHkVWQUxVQVRJT05fT1VUQ09NRV9VTlNQRUNJRklFRBAAEh8KG0VWQUxVQVRJT05fT1VUQ09NRV9BUFBST1ZFRBABEh4KGkVWQUxVQVRJT05fT1VUQ09NRV9QRU5ESU5HEAISHQoZRVZBTFVBVElPTl9PVVRDT01FX0RFTklFRBADEh4KGkVWQUxVQVRJT05fT1VUQ09NRV9SRUZVU0VEEAQqpwEKClBvbGljeUtpbmQSGwoXUE9MSUNZX0tJTkRfVU5TUEVDSUZJRUQQABIcChhQT0xJQ1lfS0lORF9ST1VUSU5HX1JVTEUQARIcChhQT0xJQ1lfS0lORF9ERUZBVUxUX1JVTEUQAhIbChdQT0xJQ1lfS0lORF9BQ0NFU1NfRkxPVxADEiMKH1BPTElDWV9LSU5EX0VOVElUTEVNRU5UX1NDSEVNRVMQBCraAwoJRXZlbnRLaW5kEhoKFkVWRU5UX0tJTkRfVU5TUEVDSUZJRUQQABIcChhFVkVOVF9LSU5EX1JFUVVFU1RfRklMRUQQARIgChxFVkVOVF9LSU5EX0FQUFJPVkFMX1JFQ09SREVEEAISHAoYRVZFTlRfS0lORF9TVEVQX0FQUFJPVkVEEAMSHwobRVZFTlRfS0lORF9SRVFVRVNUX0FQUFJPVkVEEAQSHQoZRVZFTlRfS0lORF9SRVFVRVNUX0RFTklFRBAFEh8KG0VWRU5UX0tJTkRfUkVRVUVTVF9DQU5DRUxFRBAGEh4KGkVWRU5UX0tJTkRfR1JBTlRfQUNUSVZBVEVEEAcSHAoYRVZFTlRfS0lORF9HUkFOVF9FWFBJUkVEEAgSHgoaRVZFTlRfS0lORF9SRVFVRVNUX0VYUElSRUQQCRIcChhFVkVOVF9LSU5EX0dSQU5UX1JFVk9LRUQQChIbChdFVkVOVF9LSU5EX1JFTUlOREVSX0RVRRALEhgKFEVWRU5UX0tJTkRfRVNDQUxBVEVEEAwSHQoZRVZFTlRfS0lORF9DT05GSUdfQ0hBTkdFRBANEiAKHEVWRU5UX0tJTkRfRElSRUNUT1JZX0NIQU5HRUQQDjKxDwoUQWNjZXNzUmVxdWVzdFNlcnZpY2USsAEKE0NyZWF0ZUFjY2Vzc1JlcXVlc3QSJi5qaXRnYXRlLnYxLkNyZWF0ZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0Gicuaml0Z2F0ZS52MS5DcmVhdGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2UiSILT5JMCQjoOYWNjZXNzX3JlcXVlc3RiDmFjY2Vzc19yZXF1ZXN0IiAvd29ya2Zsb3ctZW5naW5lL2FwaS92MS9yZXF1ZXN0cxKcAQoQR2V0QWNjZXNzUmVxdWVzdBIjLmppdGdhdGUudjEuR2V0QWNjZXNzUmVxdWVzdFJlcXVlc3QaJC5qaXRnYXRlLnYxLkdldEFjY2Vzc1JlcXVlc3RSZXNwb25zZSI9gtPkkwI3Yg5hY2Nlc3NfcmVxdWVzdBIlL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvcmVxdWVzdHMve2lkfRKNAQoSTGlzdEFjY2Vzc1JlcXVlc3RzEiUuaml0Z2F0ZS52MS5MaXN0QWNjZXNzUmVxdWVzdHNSZXF1ZXN0GiYuaml0Z2F0ZS52MS5MaXN0QWNjZXNzUmVxdWVzdHNSZXNwb25zZSIogtPkkwIiEiAvd29ya2Zsb3ctZW5naW5lL2FwaS92MS9yZXF1ZXN0cxKvAQoTQ2FuY2VsQWNjZXNzUmVxdWVzdBImLmppdGdhdGUudjEuQ2FuY2VsQWNjZXNzUmVxdWVzdFJlcXVlc3QaJy5qaXRnYXRlLnYxLkNhbmNlbEFjY2Vzc1JlcXVlc3RSZXNwb25zZSJHgtPkkwJBOgEqYg5hY2Nlc3NfcmVxdWVzdCIsL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvcmVxdWVzdHMve2lkfS9jYW5jZWwSsQEKE0RlY2lkZUFjY2Vzc1JlcXVlc3QSJi5qaXRnYXRlLnYxLkRlY2lkZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0Gicuaml0Z2F0ZS52MS5EZWNpZGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2UiSYLT5JMCQzoBKmIOYWNjZXNzX3JlcXVlc3QiLi93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL3JlcXVlc3RzL3tpZH0vZGVjaXNpb24StAEKE1Jldm9rZUFjY2Vzc1JlcXVlc3QSJi5qaXRnYXRlLnYxLlJldm9rZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0Gicuaml0Z2F0ZS52MS5SZXZva2VBY2Nlc3NSZXF1ZXN0UmVzcG9uc2UiTILT5JMCRjoBKmIOYWNjZXNzX3JlcXVlc3QiMS93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL3JlcXVlc3RzL3tpZH0vcm9sZS9yZXZva2UStwEKFUFjdGl2YXRlQWNjZXNzUmVxdWVzdBIoLmppdGdhdGUudjEuQWN0aXZhdGVBY2Nlc3NSZXF1ZXN0UmVxdWVzdBopLmppdGdhdGUudjEuQWN0aXZhdGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2UiSYLT5JMCQzoBKmIOYWNjZXNzX3JlcXVlc3QiLi93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL3JlcXVlc3RzL3tpZH0vYWN0aXZhdGUSuwEKFUV2YWx1YXRlQWNjZXNzUmVxdWVzdBIoLmppdGdhdGUudjEuRXZhbHVhdGVBY2Nlc3NSZXF1ZXN0UmVxdWVzdBopLmppdGdhdGUudjEuRXZhbHVhdGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2UiTYLT5JMCRzoOYWNjZXNzX3JlcXVlc3RiCmV2YWx1YXRpb24iKS93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL3JlcXVlc3RzL2V2YWx1YXRlEn8KC1dhdGNoRXZlbnRzEh4uaml0Z2F0ZS52MS5XYXRjaEV2ZW50c1JlcXVlc3QaHy5qaXRnYXRlLnYxLldhdGNoRXZlbnRzUmVzcG9uc2UiLYLT5JMCJ2IFZXZlbnQSHi93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL2V2ZW50czABEogBCg9MaXN0QXVkaXRFdmVudHMSIi5qaXRnYXRlLnYxLkxpc3RBdWRpdEV2ZW50c1JlcXVlc3QaIy5qaXRnYXRlLnYxLkxpc3RBdWRpdEV2ZW50c1Jlc3BvbnNlIiyC0+STAiYSJC93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL2F1ZGl0LWV2ZW50cxJ/CgtDaGVja0FjY2VzcxIeLmppdGdhdGUudjEuQ2hlY2tBY2Nlc3NSZXF1ZXN0Gh8uaml0Z2F0ZS52MS5DaGVja0FjY2Vzc1Jlc3BvbnNlIi+C0+STAik6ASoiJC93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL2FjY2Vzcy9jaGVjaxKUAQoQQmF0Y2hDaGVja0FjY2VzcxIjLmppdGdhdGUudjEuQmF0Y2hDaGVja0FjY2Vzc1JlcXVlc3QaJC5qaXRnYXRlLnYxLkJhdGNoQ2hlY2tBY2Nlc3NSZXNwb25zZSI1gtPkkwIvOgEqIiovd29ya2Zsb3ctZW5naW5lL2FwaS92MS9hY2Nlc3MvYmF0Y2gtY2hlY2tiBnByb3RvMw", [file_google_api_annotations, file_google_protobuf_struct, file_google_protobuf_timestamp]);
/**
 * Describes the message jitgate.v1.AccessRequest.
 * Use `create(AccessRequestSchema)` to create a new message.
 */
export const AccessRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 0);
/**
 * Describes the message jitgate.v1.RoleRef.
 * Use `create(RoleRefSchema)` to create a new message.
 */
export const RoleRefSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 1);
/**
 * Describes the message jitgate.v1.UserRef.
 * Use `create(UserRefSchema)` to create a new message.
 */
export const UserRefSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 2);
/**
 * Describes the message jitgate.v1.RequestedResource.
 * Use `create(RequestedResourceSchema)` to create a new message.
 */
export const RequestedResourceSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 3);
/**
 * Describes the message jitgate.v1.RequestStep.
 * Use `create(RequestStepSchema)` to create a new message.
 */
export const RequestStepSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 4);
/**
 * Describes the message jitgate.v1.RequestStepApprover.
 * Use `create(RequestStepApproverSchema)` to create a new message.
 */
export const RequestStepApproverSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 5);
/**
 * Describes the message jitgate.v1.Evaluation.
 * Use `create(EvaluationSchema)` to create a new message.
 */
export const EvaluationSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 6);
/**
 * Describes the message jitgate.v1.PolicyMatch.
 * Use `create(PolicyMatchSchema)` to create a new message.
 */
export const PolicyMatchSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 7);
/**
 * Describes the message jitgate.v1.ApprovalPath.
 * Use `create(ApprovalPathSchema)` to create a new message.
 */
export const ApprovalPathSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 8);
/**
 * Describes the message jitgate.v1.PlanStep.
 * Use `create(PlanStepSchema)` to create a new message.
 */
export const PlanStepSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 9);
/**
 * Describes the message jitgate.v1.EligibleApprover.
 * Use `create(EligibleApproverSchema)` to create a new message.
 */
export const EligibleApproverSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 10);
/**
 * Describes the message jitgate.v1.PathConstraints.
 * Use `create(PathConstraintsSchema)` to create a new message.
 */
export const PathConstraintsSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 11);
/**
 * Describes the message jitgate.v1.ConstraintViolation.
 * Use `create(ConstraintViolationSchema)` to create a new message.
 */
export const ConstraintViolationSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 12);
/**
 * Describes the message jitgate.v1.GrantWindow.
 * Use `create(GrantWindowSchema)` to create a new message.
 */
export const GrantWindowSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 13);
/**
 * Describes the message jitgate.v1.Event.
 * Use `create(EventSchema)` to create a new message.
 */
export const EventSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 14);
/**
 * Describes the message jitgate.v1.CreateAccessRequestRequest.
 * Use `create(CreateAccessRequestRequestSchema)` to create a new message.
 */
export const CreateAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 15);
/**
 * Describes the message jitgate.v1.CreateAccessRequestResponse.
 * Use `create(CreateAccessRequestResponseSchema)` to create a new message.
 */
export const CreateAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 16);
/**
 * Describes the message jitgate.v1.GetAccessRequestRequest.
 * Use `create(GetAccessRequestRequestSchema)` to create a new message.
 */
export const GetAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 17);
/**
 * Describes the message jitgate.v1.GetAccessRequestResponse.
 * Use `create(GetAccessRequestResponseSchema)` to create a new message.
 */
export const GetAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 18);
/**
 * Describes the message jitgate.v1.ListAccessRequestsRequest.
 * Use `create(ListAccessRequestsRequestSchema)` to create a new message.
 */
export const ListAccessRequestsRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 19);
/**
 * Describes the message jitgate.v1.ListAccessRequestsResponse.
 * Use `create(ListAccessRequestsResponseSchema)` to create a new message.
 */
export const ListAccessRequestsResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 20);
/**
 * Describes the message jitgate.v1.CancelAccessRequestRequest.
 * Use `create(CancelAccessRequestRequestSchema)` to create a new message.
 */
export const CancelAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 21);
/**
 * Describes the message jitgate.v1.CancelAccessRequestResponse.
 * Use `create(CancelAccessRequestResponseSchema)` to create a new message.
 */
export const CancelAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 22);
/**
 * Describes the message jitgate.v1.DecideAccessRequestRequest.
 * Use `create(DecideAccessRequestRequestSchema)` to create a new message.
 */
export const DecideAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 23);
/**
 * Describes the message jitgate.v1.DecideAccessRequestResponse.
 * Use `create(DecideAccessRequestResponseSchema)` to create a new message.
 */
export const DecideAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 24);
/**
 * Describes the message jitgate.v1.RevokeAccessRequestRequest.
 * Use `create(RevokeAccessRequestRequestSchema)` to create a new message.
 */
export const RevokeAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 25);
/**
 * Describes the message jitgate.v1.RevokeAccessRequestResponse.
 * Use `create(RevokeAccessRequestResponseSchema)` to create a new message.
 */
export const RevokeAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 26);
/**
 * Describes the message jitgate.v1.ActivateAccessRequestRequest.
 * Use `create(ActivateAccessRequestRequestSchema)` to create a new message.
 */
export const ActivateAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 27);
/**
 * Describes the message jitgate.v1.ActivateAccessRequestResponse.
 * Use `create(ActivateAccessRequestResponseSchema)` to create a new message.
 */
export const ActivateAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 28);
/**
 * Describes the message jitgate.v1.EvaluateAccessRequestRequest.
 * Use `create(EvaluateAccessRequestRequestSchema)` to create a new message.
 */
export const EvaluateAccessRequestRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 29);
/**
 * Describes the message jitgate.v1.EvaluateAccessRequestResponse.
 * Use `create(EvaluateAccessRequestResponseSchema)` to create a new message.
 */
export const EvaluateAccessRequestResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 30);
/**
 * Describes the message jitgate.v1.WatchEventsRequest.
 * Use `create(WatchEventsRequestSchema)` to create a new message.
 */
export const WatchEventsRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 31);
/**
 * Describes the message jitgate.v1.WatchEventsResponse.
 * Use `create(WatchEventsResponseSchema)` to create a new message.
 */
export const WatchEventsResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 32);
/**
 * Describes the message jitgate.v1.CheckAccessRequest.
 * Use `create(CheckAccessRequestSchema)` to create a new message.
 */
export const CheckAccessRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 33);
/**
 * Describes the message jitgate.v1.CheckAccessResponse.
 * Use `create(CheckAccessResponseSchema)` to create a new message.
 */
export const CheckAccessResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 34);
/**
 * Describes the message jitgate.v1.ActiveGrant.
 * Use `create(ActiveGrantSchema)` to create a new message.
 */
export const ActiveGrantSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 35);
/**
 * Describes the message jitgate.v1.BatchCheckAccessRequest.
 * Use `create(BatchCheckAccessRequestSchema)` to create a new message.
 */
export const BatchCheckAccessRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 36);
/**
 * Describes the message jitgate.v1.BatchCheckAccessResponse.
 * Use `create(BatchCheckAccessResponseSchema)` to create a new message.
 */
export const BatchCheckAccessResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 37);
/**
 * Describes the message jitgate.v1.ListAuditEventsRequest.
 * Use `create(ListAuditEventsRequestSchema)` to create a new message.
 */
export const ListAuditEventsRequestSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 38);
/**
 * Describes the message jitgate.v1.ListAuditEventsResponse.
 * Use `create(ListAuditEventsResponseSchema)` to create a new message.
 */
export const ListAuditEventsResponseSchema = /*@__PURE__*/ messageDesc(file_jitgate_v1_access_request, 39);
/**
 * How much an evaluation explains (AIP-157).
 *
 * @generated from enum jitgate.v1.EvaluationView
 */
export var EvaluationView;
(function (EvaluationView) {
    /**
     * FULL.
     *
     * @generated from enum value: EVALUATION_VIEW_UNSPECIFIED = 0;
     */
    EvaluationView[EvaluationView["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * The outcome, the policies that apply with their reasons, the paths with
     * their steps and constraints. Policies that do not apply are left out,
     * so an org's other rules and flows cost nothing to explain.
     *
     * @generated from enum value: EVALUATION_VIEW_BASIC = 1;
     */
    EvaluationView[EvaluationView["BASIC"] = 1] = "BASIC";
    /**
     * Everything BASIC has, plus every policy considered with why it does not
     * apply.
     *
     * @generated from enum value: EVALUATION_VIEW_FULL = 2;
     */
    EvaluationView[EvaluationView["FULL"] = 2] = "FULL";
})(EvaluationView || (EvaluationView = {}));
/**
 * Describes the enum jitgate.v1.EvaluationView.
 */
export const EvaluationViewSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 0);
/**
 * The state of an access request.
 *
 * @generated from enum jitgate.v1.RequestState
 */
export var RequestState;
(function (RequestState) {
    /**
     * Never used.
     *
     * @generated from enum value: REQUEST_STATE_UNSPECIFIED = 0;
     */
    RequestState[RequestState["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Waiting for decisions.
     *
     * @generated from enum value: REQUEST_STATE_PENDING_APPROVAL = 1;
     */
    RequestState[RequestState["PENDING_APPROVAL"] = 1] = "PENDING_APPROVAL";
    /**
     * Approved; the grant window has not started (or a FLOATING window awaits
     * activation).
     *
     * @generated from enum value: REQUEST_STATE_APPROVED = 2;
     */
    RequestState[RequestState["APPROVED"] = 2] = "APPROVED";
    /**
     * The grant is in force (for a REMOVE request: the removal is in force).
     *
     * @generated from enum value: REQUEST_STATE_ACTIVE = 3;
     */
    RequestState[RequestState["ACTIVE"] = 3] = "ACTIVE";
    /**
     * Denied by an approver, or at evaluation (no applicable policy, or a
     * `deny` approval).
     *
     * @generated from enum value: REQUEST_STATE_DENIED = 4;
     */
    RequestState[RequestState["DENIED"] = 4] = "DENIED";
    /**
     * Canceled by the requester or an ORG_ADMIN before a decision.
     *
     * @generated from enum value: REQUEST_STATE_CANCELED = 5;
     */
    RequestState[RequestState["CANCELED"] = 5] = "CANCELED";
    /**
     * Ended by time: the grant window closed, or the request was undecided at
     * its `decision_deadline`.
     *
     * @generated from enum value: REQUEST_STATE_EXPIRED = 6;
     */
    RequestState[RequestState["EXPIRED"] = 6] = "EXPIRED";
    /**
     * Access taken away before the window closed (RevokeAccessRequest).
     *
     * @generated from enum value: REQUEST_STATE_REVOKED = 7;
     */
    RequestState[RequestState["REVOKED"] = 7] = "REVOKED";
})(RequestState || (RequestState = {}));
/**
 * Describes the enum jitgate.v1.RequestState.
 */
export const RequestStateSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 1);
/**
 * How many approver entries of a step must approve.
 *
 * @generated from enum jitgate.v1.Quorum
 */
export var Quorum;
(function (Quorum) {
    /**
     * Never used.
     *
     * @generated from enum value: QUORUM_UNSPECIFIED = 0;
     */
    Quorum[Quorum["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Any one approver entry.
     *
     * @generated from enum value: QUORUM_ANY = 1;
     */
    Quorum[Quorum["ANY"] = 1] = "ANY";
    /**
     * Every approver entry (a group entry is met by any one member).
     *
     * @generated from enum value: QUORUM_ALL = 2;
     */
    Quorum[Quorum["ALL"] = 2] = "ALL";
})(Quorum || (Quorum = {}));
/**
 * Describes the enum jitgate.v1.Quorum.
 */
export const QuorumSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 2);
/**
 * An approver's decision.
 *
 * @generated from enum jitgate.v1.Decision
 */
export var Decision;
(function (Decision) {
    /**
     * No decision yet. INVALID_ARGUMENT in DecideAccessRequest.
     *
     * @generated from enum value: DECISION_UNSPECIFIED = 0;
     */
    Decision[Decision["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Approve.
     *
     * @generated from enum value: DECISION_APPROVED = 1;
     */
    Decision[Decision["APPROVED"] = 1] = "APPROVED";
    /**
     * Deny.
     *
     * @generated from enum value: DECISION_DENIED = 2;
     */
    Decision[Decision["DENIED"] = 2] = "DENIED";
})(Decision || (Decision = {}));
/**
 * Describes the enum jitgate.v1.Decision.
 */
export const DecisionSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 3);
/**
 * The progress of one step of a request.
 *
 * @generated from enum jitgate.v1.StepState
 */
export var StepState;
(function (StepState) {
    /**
     * Never used.
     *
     * @generated from enum value: STEP_STATE_UNSPECIFIED = 0;
     */
    StepState[StepState["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * An earlier step of its path is not complete yet.
     *
     * @generated from enum value: STEP_STATE_WAITING = 1;
     */
    StepState[StepState["WAITING"] = 1] = "WAITING";
    /**
     * The current step of its path: awaiting decisions.
     *
     * @generated from enum value: STEP_STATE_PENDING = 2;
     */
    StepState[StepState["PENDING"] = 2] = "PENDING";
    /**
     * Its quorum is met.
     *
     * @generated from enum value: STEP_STATE_APPROVED = 3;
     */
    StepState[StepState["APPROVED"] = 3] = "APPROVED";
    /**
     * An approver denied it (the request is DENIED).
     *
     * @generated from enum value: STEP_STATE_DENIED = 4;
     */
    StepState[StepState["DENIED"] = 4] = "DENIED";
    /**
     * Not decided and no longer decidable: the request was approved through
     * another path, canceled or expired.
     *
     * @generated from enum value: STEP_STATE_CLOSED = 5;
     */
    StepState[StepState["CLOSED"] = 5] = "CLOSED";
})(StepState || (StepState = {}));
/**
 * Describes the enum jitgate.v1.StepState.
 */
export const StepStateSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 4);
/**
 * Which requests ListAccessRequests returns.
 *
 * @generated from enum jitgate.v1.AccessRequestFilter
 */
export var AccessRequestFilter;
(function (AccessRequestFilter) {
    /**
     * The same as MINE.
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_UNSPECIFIED = 0;
     */
    AccessRequestFilter[AccessRequestFilter["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Requests the caller filed or that target the caller.
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_MINE = 1;
     */
    AccessRequestFilter[AccessRequestFilter["MINE"] = 1] = "MINE";
    /**
     * PENDING_APPROVAL requests on which the caller is an eligible approver of
     * a current step and has not decided yet.
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_TO_APPROVE = 2;
     */
    AccessRequestFilter[AccessRequestFilter["TO_APPROVE"] = 2] = "TO_APPROVE";
    /**
     * Requests of MINE whose grant is in force (state ACTIVE).
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_ACTIVE = 3;
     */
    AccessRequestFilter[AccessRequestFilter["ACTIVE"] = 3] = "ACTIVE";
    /**
     * Every request of the org. ORG_ADMIN only (PERMISSION_DENIED otherwise).
     *
     * @generated from enum value: ACCESS_REQUEST_FILTER_ALL = 4;
     */
    AccessRequestFilter[AccessRequestFilter["ALL"] = 4] = "ALL";
})(AccessRequestFilter || (AccessRequestFilter = {}));
/**
 * Describes the enum jitgate.v1.AccessRequestFilter.
 */
export const AccessRequestFilterSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 5);
/**
 * The outcome of evaluating a request.
 *
 * @generated from enum jitgate.v1.EvaluationOutcome
 */
export var EvaluationOutcome;
(function (EvaluationOutcome) {
    /**
     * Never used.
     *
     * @generated from enum value: EVALUATION_OUTCOME_UNSPECIFIED = 0;
     */
    EvaluationOutcome[EvaluationOutcome["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * Approved at once (an auto-approving path).
     *
     * @generated from enum value: EVALUATION_OUTCOME_APPROVED = 1;
     */
    EvaluationOutcome[EvaluationOutcome["APPROVED"] = 1] = "APPROVED";
    /**
     * Needs decisions along one of `paths`.
     *
     * @generated from enum value: EVALUATION_OUTCOME_PENDING = 2;
     */
    EvaluationOutcome[EvaluationOutcome["PENDING"] = 2] = "PENDING";
    /**
     * Denied: no applicable policy, or a `deny` approval (deny wins).
     *
     * @generated from enum value: EVALUATION_OUTCOME_DENIED = 3;
     */
    EvaluationOutcome[EvaluationOutcome["DENIED"] = 3] = "DENIED";
    /**
     * Would be refused before routing (nothing filed): see `violations`.
     *
     * @generated from enum value: EVALUATION_OUTCOME_REFUSED = 4;
     */
    EvaluationOutcome[EvaluationOutcome["REFUSED"] = 4] = "REFUSED";
})(EvaluationOutcome || (EvaluationOutcome = {}));
/**
 * Describes the enum jitgate.v1.EvaluationOutcome.
 */
export const EvaluationOutcomeSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 6);
/**
 * The kind of policy an evaluation considered.
 *
 * @generated from enum jitgate.v1.PolicyKind
 */
export var PolicyKind;
(function (PolicyKind) {
    /**
     * Never used.
     *
     * @generated from enum value: POLICY_KIND_UNSPECIFIED = 0;
     */
    PolicyKind[PolicyKind["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A routing rule of the latest routing workflow version (P0).
     *
     * @generated from enum value: POLICY_KIND_ROUTING_RULE = 1;
     */
    PolicyKind[PolicyKind["ROUTING_RULE"] = 1] = "ROUTING_RULE";
    /**
     * P0's default rule (any requestor, any resource, approval `p0`), applied
     * when the org has no routing workflow and no access flows.
     *
     * @generated from enum value: POLICY_KIND_DEFAULT_RULE = 2;
     */
    PolicyKind[PolicyKind["DEFAULT_RULE"] = 2] = "DEFAULT_RULE";
    /**
     * An access flow (Apono).
     *
     * @generated from enum value: POLICY_KIND_ACCESS_FLOW = 3;
     */
    PolicyKind[PolicyKind["ACCESS_FLOW"] = 3] = "ACCESS_FLOW";
    /**
     * The entitlement approval schemes of the request configuration
     * (SailPoint), for entitlement requests.
     *
     * @generated from enum value: POLICY_KIND_ENTITLEMENT_SCHEMES = 4;
     */
    PolicyKind[PolicyKind["ENTITLEMENT_SCHEMES"] = 4] = "ENTITLEMENT_SCHEMES";
})(PolicyKind || (PolicyKind = {}));
/**
 * Describes the enum jitgate.v1.PolicyKind.
 */
export const PolicyKindSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 7);
/**
 * The kind of an event.
 *
 * @generated from enum jitgate.v1.EventKind
 */
export var EventKind;
(function (EventKind) {
    /**
     * Never used.
     *
     * @generated from enum value: EVENT_KIND_UNSPECIFIED = 0;
     */
    EventKind[EventKind["UNSPECIFIED"] = 0] = "UNSPECIFIED";
    /**
     * A request was filed.
     *
     * @generated from enum value: EVENT_KIND_REQUEST_FILED = 1;
     */
    EventKind[EventKind["REQUEST_FILED"] = 1] = "REQUEST_FILED";
    /**
     * One approver's approval was recorded on a step whose quorum is not yet
     * met.
     *
     * @generated from enum value: EVENT_KIND_APPROVAL_RECORDED = 2;
     */
    EventKind[EventKind["APPROVAL_RECORDED"] = 2] = "APPROVAL_RECORDED";
    /**
     * A step's quorum was met.
     *
     * @generated from enum value: EVENT_KIND_STEP_APPROVED = 3;
     */
    EventKind[EventKind["STEP_APPROVED"] = 3] = "STEP_APPROVED";
    /**
     * A request was approved (by decisions or at once).
     *
     * @generated from enum value: EVENT_KIND_REQUEST_APPROVED = 4;
     */
    EventKind[EventKind["REQUEST_APPROVED"] = 4] = "REQUEST_APPROVED";
    /**
     * A request was denied (by an approver or at evaluation).
     *
     * @generated from enum value: EVENT_KIND_REQUEST_DENIED = 5;
     */
    EventKind[EventKind["REQUEST_DENIED"] = 5] = "REQUEST_DENIED";
    /**
     * A request was canceled.
     *
     * @generated from enum value: EVENT_KIND_REQUEST_CANCELED = 6;
     */
    EventKind[EventKind["REQUEST_CANCELED"] = 6] = "REQUEST_CANCELED";
    /**
     * A grant came into force: provisioners grant (for REMOVE requests,
     * remove) the access now.
     *
     * @generated from enum value: EVENT_KIND_GRANT_ACTIVATED = 7;
     */
    EventKind[EventKind["GRANT_ACTIVATED"] = 7] = "GRANT_ACTIVATED";
    /**
     * A grant's window closed: provisioners take the access away (for REMOVE
     * requests, restore it).
     *
     * @generated from enum value: EVENT_KIND_GRANT_EXPIRED = 8;
     */
    EventKind[EventKind["GRANT_EXPIRED"] = 8] = "GRANT_EXPIRED";
    /**
     * A request expired undecided.
     *
     * @generated from enum value: EVENT_KIND_REQUEST_EXPIRED = 9;
     */
    EventKind[EventKind["REQUEST_EXPIRED"] = 9] = "REQUEST_EXPIRED";
    /**
     * A grant was revoked early: provisioners take the access away.
     *
     * @generated from enum value: EVENT_KIND_GRANT_REVOKED = 10;
     */
    EventKind[EventKind["GRANT_REVOKED"] = 10] = "GRANT_REVOKED";
    /**
     * A reminder to the pending approvers of a step is due.
     *
     * @generated from enum value: EVENT_KIND_REMINDER_DUE = 11;
     */
    EventKind[EventKind["REMINDER_DUE"] = 11] = "REMINDER_DUE";
    /**
     * A step escalated (to the approvers' managers, or the fallback
     * approver).
     *
     * @generated from enum value: EVENT_KIND_ESCALATED = 12;
     */
    EventKind[EventKind["ESCALATED"] = 12] = "ESCALATED";
    /**
     * Configuration changed: routing workflow, access flow or request
     * configuration.
     *
     * @generated from enum value: EVENT_KIND_CONFIG_CHANGED = 13;
     */
    EventKind[EventKind["CONFIG_CHANGED"] = 13] = "CONFIG_CHANGED";
    /**
     * The directory changed: users, groups, memberships, rosters or owners.
     *
     * @generated from enum value: EVENT_KIND_DIRECTORY_CHANGED = 14;
     */
    EventKind[EventKind["DIRECTORY_CHANGED"] = 14] = "DIRECTORY_CHANGED";
})(EventKind || (EventKind = {}));
/**
 * Describes the enum jitgate.v1.EventKind.
 */
export const EventKindSchema = /*@__PURE__*/ enumDesc(file_jitgate_v1_access_request, 8);
/**
 * AccessRequestService files, reads and decides access requests, and streams
 * the events every state change writes.
 *
 * The org is the caller's token `org`; requests of other orgs, and requests
 * the caller may not see, are NOT_FOUND. A caller may see a request when
 * they are its requester, its target user, an eligible approver of any of
 * its steps, or an ORG_ADMIN.
 *
 * Lifecycle: PENDING_APPROVAL then APPROVED then ACTIVE then EXPIRED or
 * REVOKED; or PENDING_APPROVAL then DENIED, CANCELED or EXPIRED (undecided
 * in time). A request refused at evaluation (outcome REFUSED) is not stored;
 * one denied at evaluation is stored as DENIED; one auto-approved is stored
 * as APPROVED.
 *
 * @generated from service jitgate.v1.AccessRequestService
 */
export const AccessRequestService = /*@__PURE__*/ serviceDesc(file_jitgate_v1_access_request, 0);
