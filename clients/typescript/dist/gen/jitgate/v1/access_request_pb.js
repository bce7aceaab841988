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
export const file_jitgate_v1_access_request = /*@__PURE__*/ fileDesc("Ch9qaXRnYXRlL3YxL2FjY2Vzc19yZXF1ZXN0LnByb3RvEgpqaXRnYXRlLnYxIvMNCg1BY2Nlc3NSZXF1ZXN0EgoKAmlkGAEgASgJEh4KCnJlcXVlc3RfaWQYAiABKAlSCnJlcXVlc3RfaWQSOwoOcmVxdWVzdGVkX3JvbGUYAyABKAsyEy5qaXRnYXRlLnYxLlJvbGVSZWZSDnJlcXVlc3RlZF9yb2xlEi8KCHJlc291cmNlGAQgASgLMh0uaml0Z2F0ZS52MS5SZXF1ZXN0ZWRSZXNvdXJjZRI0ChVyZXF1ZXN0X2p1c3RpZmljYXRpb24YBSABKAlSFXJlcXVlc3RfanVzdGlmaWNhdGlvbhIeCgpncmFudF90eXBlGAYgASgJUgpncmFudF90eXBlEiAKC2dyYW50X3R5cGVzGAcgAygJUgtncmFudF90eXBlcxI8CgtncmFudF9zdGFydBgIIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSC2dyYW50X3N0YXJ0EjgKCWdyYW50X2VuZBgJIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSCWdyYW50X2VuZBIoCg9mbG9hdGluZ19sZW5ndGgYCiABKAVSD2Zsb2F0aW5nX2xlbmd0aBI0ChVtYXhfZmxvYXRpbmdfZHVyYXRpb24YCyABKAVSFW1heF9mbG9hdGluZ19kdXJhdGlvbhJCChxtYXhfdGltZV9yZXN0cmljdGVkX2R1cmF0aW9uGAwgASgFUhxtYXhfdGltZV9yZXN0cmljdGVkX2R1cmF0aW9uEjIKFHJlcXVlc3RlZF9ncmFudF90eXBlGA0gASgJUhRyZXF1ZXN0ZWRfZ3JhbnRfdHlwZRJQChVyZXF1ZXN0ZWRfZ3JhbnRfc3RhcnQYDiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUhVyZXF1ZXN0ZWRfZ3JhbnRfc3RhcnQSTAoTcmVxdWVzdGVkX2dyYW50X2VuZBgPIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSE3JlcXVlc3RlZF9ncmFudF9lbmQSPAoZcmVxdWVzdGVkX2Zsb2F0aW5nX2xlbmd0aBgQIAEoBVIZcmVxdWVzdGVkX2Zsb2F0aW5nX2xlbmd0aBI1Cgt0YXJnZXRfdXNlchgRIAEoCzITLmppdGdhdGUudjEuVXNlclJlZlILdGFyZ2V0X3VzZXISNwoMdGFyZ2V0X3JvbGVzGBIgAygLMhMuaml0Z2F0ZS52MS5Sb2xlUmVmUgx0YXJnZXRfcm9sZXMSHQoLd29ya2Zsb3dfaWQYEyABKAlSCHdvcmtmbG93Eg4KBmFjdGlvbhgUIAEoCRIMCgRuYW1lGBUgASgJEg8KB2NvbW1lbnQYFiABKAkSMAoTYXBwcm92ZXJfY2FuX3Jldm9rZRgXIAEoCFITYXBwcm92ZXJfY2FuX3Jldm9rZRIwChN0YXJnZXRfcm9sZV9yZXZva2VkGBggASgIUhN0YXJnZXRfcm9sZV9yZXZva2VkEksKFnRhcmdldF9yb2xlX3Jldm9rZWRfYnkYGSABKAsyEy5qaXRnYXRlLnYxLlVzZXJSZWZSFnRhcmdldF9yb2xlX3Jldm9rZWRfYnkSXAobdGFyZ2V0X3JvbGVfcmV2b2NhdGlvbl90aW1lGBogASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFIbdGFyZ2V0X3JvbGVfcmV2b2NhdGlvbl90aW1lEj4KGmNhbl9ieXBhc3NfcmV2b2tlX3dvcmtmbG93GBsgASgIUhpjYW5fYnlwYXNzX3Jldm9rZV93b3JrZmxvdxImCgVzdGVwcxgcIAMoCzIXLmppdGdhdGUudjEuUmVxdWVzdFN0ZXASJwoFc3RhdGUYHSABKA4yGC5qaXRnYXRlLnYxLlJlcXVlc3RTdGF0ZRImCglyZXF1ZXN0ZXIYHiABKAsyEy5qaXRnYXRlLnYxLlVzZXJSZWYSKwoHY3JlYXRlZBgfIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASKwoHdXBkYXRlZBggIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXASJAoEcGxhbhghIAEoCzIWLmppdGdhdGUudjEuRXZhbHVhdGlvbhJIChFkZWNpc2lvbl9kZWFkbGluZRgiIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSEWRlY2lzaW9uX2RlYWRsaW5lEiYKDnJlbWluZGVyc19zZW50GCMgASgFUg5yZW1pbmRlcnNfc2VudBIqChBlc2NhbGF0aW9uX2xldmVsGCQgASgFUhBlc2NhbGF0aW9uX2xldmVsIiMKB1JvbGVSZWYSCgoCaWQYASABKAkSDAoEbmFtZRgCIAEoCSI5CgdVc2VyUmVmEgoKAmlkGAEgASgJEiIKDGRpc3BsYXlfbmFtZRgCIAEoCVIMZGlzcGxheV9uYW1lIocCChFSZXF1ZXN0ZWRSZXNvdXJjZRIPCgdzZXJ2aWNlGAEgASgJEiQKDXJlc291cmNlX3R5cGUYAiABKAlSDXJlc291cmNlX3R5cGUSIAoLcmVzb3VyY2VfaWQYAyABKAlSC3Jlc291cmNlX2lkEjUKBHRhZ3MYBCADKAsyJy5qaXRnYXRlLnYxLlJlcXVlc3RlZFJlc291cmNlLlRhZ3NFbnRyeRITCgtwZXJtaXNzaW9ucxgFIAMoCRIgCgthY2Nlc3NfdHlwZRgGIAEoCVILYWNjZXNzX3R5cGUaKwoJVGFnc0VudHJ5EgsKA2tleRgBIAEoCRINCgV2YWx1ZRgCIAEoCToCOAEi5AEKC1JlcXVlc3RTdGVwEgoKAmlkGAEgASgJEgwKBG5hbWUYAiABKAkSIQoFbWF0Y2gYAyABKA4yEi5qaXRnYXRlLnYxLlF1b3J1bRIyCglhcHByb3ZlcnMYBCADKAsyHy5qaXRnYXRlLnYxLlJlcXVlc3RTdGVwQXBwcm92ZXISJAoFc3RhdGUYBSABKA4yFS5qaXRnYXRlLnYxLlN0ZXBTdGF0ZRIeCgpwYXRoX2luZGV4GAYgASgFUgpwYXRoX2luZGV4Eh4KCnN0ZXBfaW5kZXgYByABKAVSCnN0ZXBfaW5kZXgigQIKE1JlcXVlc3RTdGVwQXBwcm92ZXISCgoCaWQYASABKAkSDAoEdHlwZRgCIAEoCRIiCgxkaXNwbGF5X25hbWUYAyABKAlSDGRpc3BsYXlfbmFtZRImCghkZWNpc2lvbhgEIAEoDjIULmppdGdhdGUudjEuRGVjaXNpb24SIQoEdXNlchgFIAEoCzITLmppdGdhdGUudjEuVXNlclJlZhJACg1kZWNpc2lvbl90aW1lGAYgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFINZGVjaXNpb25fdGltZRIPCgdjb21tZW50GAcgASgJEg4KBnNvdXJjZRgIIAEoCSLlAwoKRXZhbHVhdGlvbhIuCgdvdXRjb21lGAEgASgOMh0uaml0Z2F0ZS52MS5FdmFsdWF0aW9uT3V0Y29tZRIPCgdyZWFzb25zGAIgAygJEj4KDGV2YWx1YXRlZF9hdBgDIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSDGV2YWx1YXRlZF9hdBIiCgxyZXF1ZXN0ZXJfaWQYBCABKAlSDHJlcXVlc3Rlcl9pZBImCg50YXJnZXRfdXNlcl9pZBgFIAEoCVIOdGFyZ2V0X3VzZXJfaWQSLwoIcmVzb3VyY2UYBiABKAsyHS5qaXRnYXRlLnYxLlJlcXVlc3RlZFJlc291cmNlEigKD3JvdXRpbmdfdmVyc2lvbhgHIAEoCVIPcm91dGluZ192ZXJzaW9uEikKCHBvbGljaWVzGAggAygLMhcuaml0Z2F0ZS52MS5Qb2xpY3lNYXRjaBInCgVwYXRocxgJIAMoCzIYLmppdGdhdGUudjEuQXBwcm92YWxQYXRoEjMKCnZpb2xhdGlvbnMYCiADKAsyHy5qaXRnYXRlLnYxLkNvbnN0cmFpbnRWaW9sYXRpb24SJgoFZ3JhbnQYCyABKAsyFy5qaXRnYXRlLnYxLkdyYW50V2luZG93Im8KC1BvbGljeU1hdGNoEiQKBGtpbmQYASABKA4yFi5qaXRnYXRlLnYxLlBvbGljeUtpbmQSCgoCaWQYAiABKAkSDAoEbmFtZRgDIAEoCRIPCgdtYXRjaGVkGAQgASgIEg8KB3JlYXNvbnMYBSADKAkiyQMKDEFwcHJvdmFsUGF0aBINCgVpbmRleBgBIAEoBRI4Cgtwb2xpY3lfa2luZBgCIAEoDjIWLmppdGdhdGUudjEuUG9saWN5S2luZFILcG9saWN5X2tpbmQSHAoJcG9saWN5X2lkGAMgASgJUglwb2xpY3lfaWQSJgoOYXBwcm92YWxfaW5kZXgYBCABKAVSDmFwcHJvdmFsX2luZGV4EiQKDWFwcHJvdmFsX3R5cGUYBSABKAlSDWFwcHJvdmFsX3R5cGUSIwoFc3RlcHMYBiADKAsyFC5qaXRnYXRlLnYxLlBsYW5TdGVwEjAKC2NvbnN0cmFpbnRzGAcgASgLMhsuaml0Z2F0ZS52MS5QYXRoQ29uc3RyYWludHMSIgoMYXV0b19hcHByb3ZlGAggASgIUgxhdXRvX2FwcHJvdmUSMAoTYXV0b19hcHByb3ZlX3JlYXNvbhgJIAEoCVITYXV0b19hcHByb3ZlX3JlYXNvbhIzCgp2aW9sYXRpb25zGAogAygLMh8uaml0Z2F0ZS52MS5Db25zdHJhaW50VmlvbGF0aW9uEiIKDGN1cnJlbnRfc3RlcBgLIAEoBVIMY3VycmVudF9zdGVwImwKCFBsYW5TdGVwEgwKBG5hbWUYASABKAkSIQoFbWF0Y2gYAiABKA4yEi5qaXRnYXRlLnYxLlF1b3J1bRIvCglhcHByb3ZlcnMYAyADKAsyHC5qaXRnYXRlLnYxLkVsaWdpYmxlQXBwcm92ZXIifAoQRWxpZ2libGVBcHByb3ZlchIMCgR0eXBlGAEgASgJEgoKAmlkGAIgASgJEiIKDGRpc3BsYXlfbmFtZRgDIAEoCVIMZGlzcGxheV9uYW1lEg4KBnNvdXJjZRgEIAEoCRIaCgh1c2VyX2lkcxgFIAMoCVIIdXNlcl9pZHMi/wIKD1BhdGhDb25zdHJhaW50cxImCg5yZXF1aXJlX3JlYXNvbhgBIAEoCFIOcmVxdWlyZV9yZWFzb24SKAoPYWxsb3dfb25lX3BhcnR5GAIgASgIUg9hbGxvd19vbmVfcGFydHkSOgoYcmVxdWVzdGVyX2Nhbm5vdF9hcHByb3ZlGAMgASgIUhhyZXF1ZXN0ZXJfY2Fubm90X2FwcHJvdmUSRgoecmVxdWlyZV9hcHByb3Zlcl9qdXN0aWZpY2F0aW9uGAQgASgIUh5yZXF1aXJlX2FwcHJvdmVyX2p1c3RpZmljYXRpb24SNgoWcmVxdWlyZV9kZW5pYWxfY29tbWVudBgFIAEoCFIWcmVxdWlyZV9kZW5pYWxfY29tbWVudBIyChRtYXhfZHVyYXRpb25fc2Vjb25kcxgGIAEoBVIUbWF4X2R1cmF0aW9uX3NlY29uZHMSKgoQY29vbGRvd25fc2Vjb25kcxgHIAEoBVIQY29vbGRvd25fc2Vjb25kcyJ/ChNDb25zdHJhaW50VmlvbGF0aW9uEg0KBWZpZWxkGAEgASgJEhIKCmNvbnN0cmFpbnQYAiABKAkSEwoLZGVzY3JpcHRpb24YAyABKAkSMAoTcmV0cnlfYWZ0ZXJfc2Vjb25kcxgEIAEoBVITcmV0cnlfYWZ0ZXJfc2Vjb25kcyLPAQoLR3JhbnRXaW5kb3cSHgoKZ3JhbnRfdHlwZRgBIAEoCVIKZ3JhbnRfdHlwZRI8CgtncmFudF9zdGFydBgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSC2dyYW50X3N0YXJ0EjgKCWdyYW50X2VuZBgDIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSCWdyYW50X2VuZBIoCg9mbG9hdGluZ19sZW5ndGgYBCABKAVSD2Zsb2F0aW5nX2xlbmd0aCKeAwoFRXZlbnQSDgoGY3Vyc29yGAEgASgJEhAKCHNlcXVlbmNlGAIgASgDEgsKA29yZxgDIAEoCRIjCgRraW5kGAQgASgOMhUuaml0Z2F0ZS52MS5FdmVudEtpbmQSPAoLb2NjdXJyZWRfYXQYBSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUgtvY2N1cnJlZF9hdBINCgVhY3RvchgGIAEoCRIiCgxzdWJqZWN0X3R5cGUYByABKAlSDHN1YmplY3RfdHlwZRIeCgpzdWJqZWN0X2lkGAggASgJUgpzdWJqZWN0X2lkEiwKEWFjY2Vzc19yZXF1ZXN0X2lkGAkgASgJUhFhY2Nlc3NfcmVxdWVzdF9pZBInCgZiZWZvcmUYCiABKAsyFy5nb29nbGUucHJvdG9idWYuU3RydWN0EiYKBWFmdGVyGAsgASgLMhcuZ29vZ2xlLnByb3RvYnVmLlN0cnVjdBIPCgdjb21tZW50GAwgASgJEiAKC3RyYWNraW5nX2lkGA0gASgJUgt0cmFja2luZ19pZCJfChpDcmVhdGVBY2Nlc3NSZXF1ZXN0UmVxdWVzdBJBCg5hY2Nlc3NfcmVxdWVzdBgBIAEoCzIZLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdFIOYWNjZXNzX3JlcXVlc3QiYAobQ3JlYXRlQWNjZXNzUmVxdWVzdFJlc3BvbnNlEkEKDmFjY2Vzc19yZXF1ZXN0GAEgASgLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0Ug5hY2Nlc3NfcmVxdWVzdCIlChdHZXRBY2Nlc3NSZXF1ZXN0UmVxdWVzdBIKCgJpZBgBIAEoCSJdChhHZXRBY2Nlc3NSZXF1ZXN0UmVzcG9uc2USQQoOYWNjZXNzX3JlcXVlc3QYASABKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RSDmFjY2Vzc19yZXF1ZXN0IpUBChlMaXN0QWNjZXNzUmVxdWVzdHNSZXF1ZXN0Eg4KBm9mZnNldBgBIAEoBRINCgVsaW1pdBgCIAEoBRIvCgZmaWx0ZXIYAyABKA4yHy5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RGaWx0ZXISKAoGc3RhdGVzGAQgAygOMhguaml0Z2F0ZS52MS5SZXF1ZXN0U3RhdGUiVQoaTGlzdEFjY2Vzc1JlcXVlc3RzUmVzcG9uc2USDQoFY291bnQYASABKAUSKAoFaXRlbXMYAiADKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3QiOQoaQ2FuY2VsQWNjZXNzUmVxdWVzdFJlcXVlc3QSCgoCaWQYASABKAkSDwoHY29tbWVudBgCIAEoCSJgChtDYW5jZWxBY2Nlc3NSZXF1ZXN0UmVzcG9uc2USQQoOYWNjZXNzX3JlcXVlc3QYASABKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RSDmFjY2Vzc19yZXF1ZXN0IrgCChpEZWNpZGVBY2Nlc3NSZXF1ZXN0UmVxdWVzdBIKCgJpZBgBIAEoCRIRCgRzdGVwGAIgASgFSACIAQESJgoIZGVjaXNpb24YAyABKA4yFC5qaXRnYXRlLnYxLkRlY2lzaW9uEg8KB2NvbW1lbnQYBCABKAkSPAoLZ3JhbnRfc3RhcnQYBSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUgtncmFudF9zdGFydBI4CglncmFudF9lbmQYBiABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUglncmFudF9lbmQSLQoPZmxvYXRpbmdfbGVuZ3RoGAcgASgFSAFSD2Zsb2F0aW5nX2xlbmd0aIgBAUIHCgVfc3RlcEISChBfZmxvYXRpbmdfbGVuZ3RoImAKG0RlY2lkZUFjY2Vzc1JlcXVlc3RSZXNwb25zZRJBCg5hY2Nlc3NfcmVxdWVzdBgBIAEoCzIZLmppdGdhdGUudjEuQWNjZXNzUmVxdWVzdFIOYWNjZXNzX3JlcXVlc3QiOQoaUmV2b2tlQWNjZXNzUmVxdWVzdFJlcXVlc3QSCgoCaWQYASABKAkSDwoHY29tbWVudBgCIAEoCSJgChtSZXZva2VBY2Nlc3NSZXF1ZXN0UmVzcG9uc2USQQoOYWNjZXNzX3JlcXVlc3QYASABKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RSDmFjY2Vzc19yZXF1ZXN0IioKHEFjdGl2YXRlQWNjZXNzUmVxdWVzdFJlcXVlc3QSCgoCaWQYASABKAkiYgodQWN0aXZhdGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2USQQoOYWNjZXNzX3JlcXVlc3QYASABKAsyGS5qaXRnYXRlLnYxLkFjY2Vzc1JlcXVlc3RSDmFjY2Vzc19yZXF1ZXN0IvUBChxFdmFsdWF0ZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0EkEKDmFjY2Vzc19yZXF1ZXN0GAEgASgLMhkuaml0Z2F0ZS52MS5BY2Nlc3NSZXF1ZXN0Ug5hY2Nlc3NfcmVxdWVzdBIiCgxyZXF1ZXN0ZXJfaWQYAiABKAlSDHJlcXVlc3Rlcl9pZBJECg9ldmFsdWF0aW9uX3RpbWUYAyABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wUg9ldmFsdWF0aW9uX3RpbWUSKAoEdmlldxgEIAEoDjIaLmppdGdhdGUudjEuRXZhbHVhdGlvblZpZXciSwodRXZhbHVhdGVBY2Nlc3NSZXF1ZXN0UmVzcG9uc2USKgoKZXZhbHVhdGlvbhgBIAEoCzIWLmppdGdhdGUudjEuRXZhbHVhdGlvbiKgAQoSV2F0Y2hFdmVudHNSZXF1ZXN0Eg4KBmN1cnNvchgBIAEoCRImCg5mcm9tX2JlZ2lubmluZxgCIAEoCFIOZnJvbV9iZWdpbm5pbmcSJAoFa2luZHMYAyADKA4yFS5qaXRnYXRlLnYxLkV2ZW50S2luZBIsChFhY2Nlc3NfcmVxdWVzdF9pZBgEIAEoCVIRYWNjZXNzX3JlcXVlc3RfaWQiNwoTV2F0Y2hFdmVudHNSZXNwb25zZRIgCgVldmVudBgBIAEoCzIRLmppdGdhdGUudjEuRXZlbnQiXwoSQ2hlY2tBY2Nlc3NSZXF1ZXN0EhgKB3VzZXJfaWQYASABKAlSB3VzZXJfaWQSLwoIcmVzb3VyY2UYAiABKAsyHS5qaXRnYXRlLnYxLlJlcXVlc3RlZFJlc291cmNlIosBChNDaGVja0FjY2Vzc1Jlc3BvbnNlEg8KB2FsbG93ZWQYASABKAgSJwoGZ3JhbnRzGAIgAygLMhcuaml0Z2F0ZS52MS5BY3RpdmVHcmFudBI6CgpjaGVja2VkX2F0GAMgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFIKY2hlY2tlZF9hdCKzAQoLQWN0aXZlR3JhbnQSLAoRYWNjZXNzX3JlcXVlc3RfaWQYASABKAlSEWFjY2Vzc19yZXF1ZXN0X2lkEjwKC2dyYW50X3N0YXJ0GAIgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFILZ3JhbnRfc3RhcnQSOAoJZ3JhbnRfZW5kGAMgASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcFIJZ3JhbnRfZW5kImUKF0JhdGNoQ2hlY2tBY2Nlc3NSZXF1ZXN0EhgKB3VzZXJfaWQYASABKAlSB3VzZXJfaWQSMAoJcmVzb3VyY2VzGAIgAygLMh0uaml0Z2F0ZS52MS5SZXF1ZXN0ZWRSZXNvdXJjZSKIAQoYQmF0Y2hDaGVja0FjY2Vzc1Jlc3BvbnNlEjAKB3Jlc3VsdHMYASADKAsyHy5qaXRnYXRlLnYxLkNoZWNrQWNjZXNzUmVzcG9uc2USOgoKY2hlY2tlZF9hdBgCIAEoCzIaLmdvb2dsZS5wcm90b2J1Zi5UaW1lc3RhbXBSCmNoZWNrZWRfYXQi2AIKFkxpc3RBdWRpdEV2ZW50c1JlcXVlc3QSDQoFbGltaXQYASABKAUSDgoGY3Vyc29yGAIgASgJEiIKDG5ld2VzdF9maXJzdBgDIAEoCFIMbmV3ZXN0X2ZpcnN0EiQKBWtpbmRzGAQgAygOMhUuaml0Z2F0ZS52MS5FdmVudEtpbmQSIgoMc3ViamVjdF90eXBlGAUgASgJUgxzdWJqZWN0X3R5cGUSHgoKc3ViamVjdF9pZBgGIAEoCVIKc3ViamVjdF9pZBIsChFhY2Nlc3NfcmVxdWVzdF9pZBgHIAEoCVIRYWNjZXNzX3JlcXVlc3RfaWQSDQoFYWN0b3IYCCABKAkSKQoFc2luY2UYCSABKAsyGi5nb29nbGUucHJvdG9idWYuVGltZXN0YW1wEikKBXVudGlsGAogASgLMhouZ29vZ2xlLnByb3RvYnVmLlRpbWVzdGFtcCJ6ChdMaXN0QXVkaXRFdmVudHNSZXNwb25zZRIhCgZldmVudHMYASADKAsyES5qaXRnYXRlLnYxLkV2ZW50EiAKC25leHRfY3Vyc29yGAIgASgJUgtuZXh0X2N1cnNvchIaCghoYXNfbW9yZRgDIAEoCFIIaGFzX21vcmUqZgoORXZhbHVhdGlvblZpZXcSHwobRVZBTFVBVElPTl9WSUVXX1VOU1BFQ0lGSUVEEAASGQoVRVZBTFVBVElPTl9WSUVXX0JBU0lDEAESGAoURVZBTFVBVElPTl9WSUVXX0ZVTEwQAirzAQoMUmVxdWVzdFN0YXRlEh0KGVJFUVVFU1RfU1RBVEVfVU5TUEVDSUZJRUQQABIiCh5SRVFVRVNUX1NUQVRFX1BFTkRJTkdfQVBQUk9WQUwQARIaChZSRVFVRVNUX1NUQVRFX0FQUFJPVkVEEAISGAoUUkVRVUVTVF9TVEFURV9BQ1RJVkUQAxIYChRSRVFVRVNUX1NUQVRFX0RFTklFRBAEEhoKFlJFUVVFU1RfU1RBVEVfQ0FOQ0VMRUQQBRIZChVSRVFVRVNUX1NUQVRFX0VYUElSRUQQBhIZChVSRVFVRVNUX1NUQVRFX1JFVk9LRUQQBypACgZRdW9ydW0SFgoSUVVPUlVNX1VOU1BFQ0lGSUVEEAASDgoKUVVPUlVNX0FOWRABEg4KClFVT1JVTV9BTEwQAipQCghEZWNpc2lvbhIYChRERUNJU0lPTl9VTlNQRUNJRklFRBAAEhUKEURFQ0lTSU9OX0FQUFJPVkVEEAESEwoPREVDSVNJT05fREVOSUVEEAIqngEKCVN0ZXBTdGF0ZRIaChZTVEVQX1NUQVRFX1VOU1BFQ0lGSUVEEAASFgoSU1RFUF9TVEFURV9XQUlUSU5HEAESFgoSU1RFUF9TVEFURV9QRU5ESU5HEAISFwoTU1RFUF9TVEFURV9BUFBST1ZFRBADEhUKEVNURVBfU1RBVEVfREVOSUVEEAQSFQoRU1RFUF9TVEFURV9DTE9TRUQQBSrDAQoTQWNjZXNzUmVxdWVzdEZpbHRlchIlCiFBQ0NFU1NfUkVRVUVTVF9GSUxURVJfVU5TUEVDSUZJRUQQABIeChpBQ0NFU1NfUkVRVUVTVF9GSUxURVJfTUlORRABEiQKIEFDQ0VTU19SRVFVRVNUX0ZJTFRFUl9UT19BUFBST1ZFEAISIAocQUNDRVNTX1JFUVVFU1RfRklMVEVSX0FDVElWRRADEh0KGUFDQ0VTU19SRVFVRVNUX0ZJTFRFUl9BTEwQBCq3AQoRRXZhbHVhdGlvbk91dGNvbWUSIgoeRVZBTFVBVElPTl9PVVRDT01FX1VOU1BFQ0lGSUVEEAASHwobRVZBTFVBVElPTl9PVVRDT01FX0FQUFJPVkVEEAESHgoaRVZBTFVBVElPTl9PVVRDT01FX1BFTkRJTkcQAhIdChlFVkFMVUFUSU9OX09VVENPTUVfREVOSUVEEAMSHgoaRVZBTFVBVElPTl9PVVRDT01FX1JFRlVTRUQQBCqnAQoKUG9saWN5S2luZBIbChdQT0xJQ1lfS0lORF9VTlNQRUNJRklFRBAAEhwKGFBPTElDWV9LSU5EX1JPVVRJTkdfUlVMRRABEhwKGFBPTElDWV9LSU5EX0RFRkFVTFRfUlVMRRACEhsKF1BPTElDWV9LSU5EX0FDQ0VTU19GTE9XEAMSIwofUE9MSUNZX0tJTkRfRU5USVRMRU1FTlRfU0NIRU1FUxAEKtoDCglFdmVudEtpbmQSGgoWRVZFTlRfS0lORF9VTlNQRUNJRklFRBAAEhwKGEVWRU5UX0tJTkRfUkVRVUVTVF9GSUxFRBABEiAKHEVWRU5UX0tJTkRfQVBQUk9WQUxfUkVDT1JERUQQAhIcChhFVkVOVF9LSU5EX1NURVBfQVBQUk9WRUQQAxIfChtFVkVOVF9LSU5EX1JFUVVFU1RfQVBQUk9WRUQQBBIdChlFVkVOVF9LSU5EX1JFUVVFU1RfREVOSUVEEAUSHwobRVZFTlRfS0lORF9SRVFVRVNUX0NBTkNFTEVEEAYSHgoaRVZFTlRfS0lORF9HUkFOVF9BQ1RJVkFURUQQBxIcChhFVkVOVF9LSU5EX0dSQU5UX0VYUElSRUQQCBIeChpFVkVOVF9LSU5EX1JFUVVFU1RfRVhQSVJFRBAJEhwKGEVWRU5UX0tJTkRfR1JBTlRfUkVWT0tFRBAKEhsKF0VWRU5UX0tJTkRfUkVNSU5ERVJfRFVFEAsSGAoURVZFTlRfS0lORF9FU0NBTEFURUQQDBIdChlFVkVOVF9LSU5EX0NPTkZJR19DSEFOR0VEEA0SIAocRVZFTlRfS0lORF9ESVJFQ1RPUllfQ0hBTkdFRBAOMrEPChRBY2Nlc3NSZXF1ZXN0U2VydmljZRKwAQoTQ3JlYXRlQWNjZXNzUmVxdWVzdBImLmppdGdhdGUudjEuQ3JlYXRlQWNjZXNzUmVxdWVzdFJlcXVlc3QaJy5qaXRnYXRlLnYxLkNyZWF0ZUFjY2Vzc1JlcXVlc3RSZXNwb25zZSJIgtPkkwJCOg5hY2Nlc3NfcmVxdWVzdGIOYWNjZXNzX3JlcXVlc3QiIC93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL3JlcXVlc3RzEpwBChBHZXRBY2Nlc3NSZXF1ZXN0EiMuaml0Z2F0ZS52MS5HZXRBY2Nlc3NSZXF1ZXN0UmVxdWVzdBokLmppdGdhdGUudjEuR2V0QWNjZXNzUmVxdWVzdFJlc3BvbnNlIj2C0+STAjdiDmFjY2Vzc19yZXF1ZXN0EiUvd29ya2Zsb3ctZW5naW5lL2FwaS92MS9yZXF1ZXN0cy97aWR9Eo0BChJMaXN0QWNjZXNzUmVxdWVzdHMSJS5qaXRnYXRlLnYxLkxpc3RBY2Nlc3NSZXF1ZXN0c1JlcXVlc3QaJi5qaXRnYXRlLnYxLkxpc3RBY2Nlc3NSZXF1ZXN0c1Jlc3BvbnNlIiiC0+STAiISIC93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL3JlcXVlc3RzEq8BChNDYW5jZWxBY2Nlc3NSZXF1ZXN0EiYuaml0Z2F0ZS52MS5DYW5jZWxBY2Nlc3NSZXF1ZXN0UmVxdWVzdBonLmppdGdhdGUudjEuQ2FuY2VsQWNjZXNzUmVxdWVzdFJlc3BvbnNlIkeC0+STAkE6ASpiDmFjY2Vzc19yZXF1ZXN0Iiwvd29ya2Zsb3ctZW5naW5lL2FwaS92MS9yZXF1ZXN0cy97aWR9L2NhbmNlbBKxAQoTRGVjaWRlQWNjZXNzUmVxdWVzdBImLmppdGdhdGUudjEuRGVjaWRlQWNjZXNzUmVxdWVzdFJlcXVlc3QaJy5qaXRnYXRlLnYxLkRlY2lkZUFjY2Vzc1JlcXVlc3RSZXNwb25zZSJJgtPkkwJDOgEqYg5hY2Nlc3NfcmVxdWVzdCIuL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvcmVxdWVzdHMve2lkfS9kZWNpc2lvbhK0AQoTUmV2b2tlQWNjZXNzUmVxdWVzdBImLmppdGdhdGUudjEuUmV2b2tlQWNjZXNzUmVxdWVzdFJlcXVlc3QaJy5qaXRnYXRlLnYxLlJldm9rZUFjY2Vzc1JlcXVlc3RSZXNwb25zZSJMgtPkkwJGOgEqYg5hY2Nlc3NfcmVxdWVzdCIxL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvcmVxdWVzdHMve2lkfS9yb2xlL3Jldm9rZRK3AQoVQWN0aXZhdGVBY2Nlc3NSZXF1ZXN0Eiguaml0Z2F0ZS52MS5BY3RpdmF0ZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0Gikuaml0Z2F0ZS52MS5BY3RpdmF0ZUFjY2Vzc1JlcXVlc3RSZXNwb25zZSJJgtPkkwJDOgEqYg5hY2Nlc3NfcmVxdWVzdCIuL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvcmVxdWVzdHMve2lkfS9hY3RpdmF0ZRK7AQoVRXZhbHVhdGVBY2Nlc3NSZXF1ZXN0Eiguaml0Z2F0ZS52MS5FdmFsdWF0ZUFjY2Vzc1JlcXVlc3RSZXF1ZXN0Gikuaml0Z2F0ZS52MS5FdmFsdWF0ZUFjY2Vzc1JlcXVlc3RSZXNwb25zZSJNgtPkkwJHOg5hY2Nlc3NfcmVxdWVzdGIKZXZhbHVhdGlvbiIpL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvcmVxdWVzdHMvZXZhbHVhdGUSfwoLV2F0Y2hFdmVudHMSHi5qaXRnYXRlLnYxLldhdGNoRXZlbnRzUmVxdWVzdBofLmppdGdhdGUudjEuV2F0Y2hFdmVudHNSZXNwb25zZSItgtPkkwInYgVldmVudBIeL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvZXZlbnRzMAESiAEKD0xpc3RBdWRpdEV2ZW50cxIiLmppdGdhdGUudjEuTGlzdEF1ZGl0RXZlbnRzUmVxdWVzdBojLmppdGdhdGUudjEuTGlzdEF1ZGl0RXZlbnRzUmVzcG9uc2UiLILT5JMCJhIkL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvYXVkaXQtZXZlbnRzEn8KC0NoZWNrQWNjZXNzEh4uaml0Z2F0ZS52MS5DaGVja0FjY2Vzc1JlcXVlc3QaHy5qaXRnYXRlLnYxLkNoZWNrQWNjZXNzUmVzcG9uc2UiL4LT5JMCKToBKiIkL3dvcmtmbG93LWVuZ2luZS9hcGkvdjEvYWNjZXNzL2NoZWNrEpQBChBCYXRjaENoZWNrQWNjZXNzEiMuaml0Z2F0ZS52MS5CYXRjaENoZWNrQWNjZXNzUmVxdWVzdBokLmppdGdhdGUudjEuQmF0Y2hDaGVja0FjY2Vzc1Jlc3BvbnNlIjWC0+STAi86ASoiKi93b3JrZmxvdy1lbmdpbmUvYXBpL3YxL2FjY2Vzcy9iYXRjaC1jaGVja2IGcHJvdG8z", [file_google_api_annotations, file_google_protobuf_struct, file_google_protobuf_timestamp]);
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
