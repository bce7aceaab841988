{{/*
Expand the name of the chart.
*/}}
{{- define "jitgate.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name, truncated to 63 characters (DNS label limit).
If the release name already contains the chart name it is used as is.
*/}}
{{- define "jitgate.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Name of the migration Job and of its hook Secret.
*/}}
{{- define "jitgate.migrationName" -}}
{{- printf "%s-migrate" (include "jitgate.fullname" . | trunc 55 | trimSuffix "-") }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "jitgate.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "jitgate.labels" -}}
helm.sh/chart: {{ include "jitgate.chart" . }}
{{ include "jitgate.selectorLabels" . }}
app.kubernetes.io/version: {{ include "jitgate.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: jitgate
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Selector labels shared by everything of this release.
*/}}
{{- define "jitgate.selectorLabels" -}}
app.kubernetes.io/name: {{ include "jitgate.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector labels of the server pods only (the migration pods carry
component=migration, so the Service, PDB and NetworkPolicy never pick them).
*/}}
{{- define "jitgate.serverSelectorLabels" -}}
{{ include "jitgate.selectorLabels" . }}
app.kubernetes.io/component: server
{{- end }}

{{/*
Name of the server's ServiceAccount.
*/}}
{{- define "jitgate.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "jitgate.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
ServiceAccount of the migration pod. A chart-created ServiceAccount does not
exist yet when the pre-install hook runs, so fall back to "default" then.
*/}}
{{- define "jitgate.migrationServiceAccountName" -}}
{{- if .Values.migration.serviceAccountName }}
{{- .Values.migration.serviceAccountName }}
{{- else if .Values.serviceAccount.create }}
{{- "default" }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image tag (defaults to the chart's appVersion).
*/}}
{{- define "jitgate.imageTag" -}}
{{- .Values.image.tag | default .Chart.AppVersion | toString }}
{{- end }}

{{/*
Full image reference; a digest wins over the tag.
*/}}
{{- define "jitgate.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (include "jitgate.imageTag" .) }}
{{- end }}
{{- end }}

{{/*
Name of the Secret the chart creates for values given inline.
*/}}
{{- define "jitgate.secretName" -}}
{{- include "jitgate.fullname" . }}
{{- end }}

{{/*
Non-empty when the chart must create its Secret (an inline database URL or
HMAC secret without an existing Secret taking precedence).
*/}}
{{- define "jitgate.createSecret" -}}
{{- if or (include "jitgate.inlineDatabaseUrl" .) (include "jitgate.inlineHmacSecret" .) -}}
true
{{- end -}}
{{- end }}

{{/*
Non-empty when the database URL comes from database.url.
*/}}
{{- define "jitgate.inlineDatabaseUrl" -}}
{{- if and (not .Values.database.existingSecret) .Values.database.url -}}
true
{{- end -}}
{{- end }}

{{/*
Non-empty when the HMAC secret comes from jwt.hmac.secret.
*/}}
{{- define "jitgate.inlineHmacSecret" -}}
{{- if and (not .Values.jwt.hmac.existingSecret) .Values.jwt.hmac.secret -}}
true
{{- end -}}
{{- end }}

{{/*
Non-empty when an HMAC secret is configured either way.
*/}}
{{- define "jitgate.hmacEnabled" -}}
{{- if or .Values.jwt.hmac.existingSecret .Values.jwt.hmac.secret -}}
true
{{- end -}}
{{- end }}

{{/*
DATABASE_URL for the server. Call with the root context.
*/}}
{{- define "jitgate.databaseEnv" -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      {{- if .Values.database.existingSecret }}
      name: {{ .Values.database.existingSecret | quote }}
      key: {{ .Values.database.existingSecretKey | quote }}
      {{- else }}
      name: {{ include "jitgate.secretName" . | quote }}
      key: database-url
      {{- end }}
{{- end }}

{{/*
Key-file sources (jwt.publicKeys, jwt.jwks). Each helper takes a dict:
  source: the values block (existingConfigMap, existingSecret, keys)
  name: volume name
  mountPath: where the files are mounted
*/}}

{{/*
Non-empty when a key source is configured.
*/}}
{{- define "jitgate.keySourceEnabled" -}}
{{- if or .existingConfigMap .existingSecret -}}
true
{{- end -}}
{{- end }}

{{/*
Comma-separated paths of the mounted key files (for the env var).
*/}}
{{- define "jitgate.keyFilePaths" -}}
{{- $paths := list -}}
{{- range .source.keys -}}
{{- $paths = append $paths (printf "%s/%s" $.mountPath .) -}}
{{- end -}}
{{- join "," $paths -}}
{{- end }}

{{/*
The volume of a key source, projecting only the listed keys.
*/}}
{{- define "jitgate.keyVolume" -}}
- name: {{ .name }}
  {{- if .source.existingSecret }}
  secret:
    secretName: {{ .source.existingSecret | quote }}
    defaultMode: 0444
  {{- else }}
  configMap:
    name: {{ .source.existingConfigMap | quote }}
    defaultMode: 0444
  {{- end }}
    items:
      {{- range .source.keys }}
      - key: {{ . | quote }}
        path: {{ . | quote }}
      {{- end }}
{{- end }}

{{/*
Checks a key source; fails rendering on a misconfiguration.
*/}}
{{- define "jitgate.validateKeySource" -}}
{{- if and .source.existingConfigMap .source.existingSecret }}
{{- fail (printf "%s: set existingConfigMap or existingSecret, not both" .path) }}
{{- end }}
{{- if and (include "jitgate.keySourceEnabled" .source) (not .source.keys) }}
{{- fail (printf "%s.keys must list the keys (file names) to use from %s" .path (default .source.existingSecret .source.existingConfigMap)) }}
{{- end }}
{{- if and .source.keys (not (include "jitgate.keySourceEnabled" .source)) }}
{{- fail (printf "%s.keys is set but neither %s.existingConfigMap nor %s.existingSecret is" .path .path .path) }}
{{- end }}
{{- end }}

{{/*
Validates the values; renders nothing, fails with a message on error.
*/}}
{{- define "jitgate.validate" -}}
{{- /* database */ -}}
{{- if not (or .Values.database.existingSecret .Values.database.url) }}
{{- fail "jitgate: set database.existingSecret (a Secret holding the PostgreSQL URL) or database.url" }}
{{- end }}
{{- if and .Values.database.existingSecret (not .Values.database.existingSecretKey) }}
{{- fail "jitgate: database.existingSecretKey must name the key of the URL in database.existingSecret" }}
{{- end }}
{{- if include "jitgate.inlineDatabaseUrl" . }}
{{- if not (or (hasPrefix "postgres://" .Values.database.url) (hasPrefix "postgresql://" .Values.database.url)) }}
{{- fail "jitgate: database.url must be a PostgreSQL URL (postgres://...); SQLite cannot be shared by replicas" }}
{{- end }}
{{- end }}
{{- /* JWT keys */ -}}
{{- include "jitgate.validateKeySource" (dict "source" .Values.jwt.publicKeys "path" "jwt.publicKeys") }}
{{- include "jitgate.validateKeySource" (dict "source" .Values.jwt.jwks "path" "jwt.jwks") }}
{{- if not (or (include "jitgate.hmacEnabled" .) (include "jitgate.keySourceEnabled" .Values.jwt.publicKeys) (include "jitgate.keySourceEnabled" .Values.jwt.jwks)) }}
{{- fail "jitgate: configure a JWT key: jwt.hmac.existingSecret / jwt.hmac.secret, jwt.publicKeys or jwt.jwks (without one each pod would use its own development secret)" }}
{{- end }}
{{- if and .Values.jwt.hmac.existingSecret (not .Values.jwt.hmac.existingSecretKey) }}
{{- fail "jitgate: jwt.hmac.existingSecretKey must name the key of the secret in jwt.hmac.existingSecret" }}
{{- end }}
{{- if include "jitgate.inlineHmacSecret" . }}
{{- if lt (len (toString .Values.jwt.hmac.secret)) 32 }}
{{- fail "jitgate: jwt.hmac.secret must be at least 32 bytes (RFC 7518 section 3.2)" }}
{{- end }}
{{- end }}
{{- if not .Values.jwt.issuer }}
{{- fail "jitgate: jwt.issuer must not be empty" }}
{{- end }}
{{- if not .Values.jwt.audience }}
{{- fail "jitgate: jwt.audience must not be empty" }}
{{- end }}
{{- /* server */ -}}
{{- if not (has .Values.server.logFormat (list "json" "text")) }}
{{- fail (printf "jitgate: server.logFormat must be json or text, not %q" (toString .Values.server.logFormat)) }}
{{- end }}
{{- if and (include "jitgate.metricsPortEnabled" .) (eq (.Values.metrics.port | int) (.Values.server.port | int)) }}
{{- fail "jitgate: metrics.port must differ from server.port (set it to 0 to serve /metrics on server.port only)" }}
{{- end }}
{{- if and .Values.autoscaling.enabled (not (or .Values.autoscaling.targetCPUUtilizationPercentage .Values.autoscaling.targetMemoryUtilizationPercentage)) }}
{{- fail "jitgate: autoscaling.enabled needs targetCPUUtilizationPercentage and/or targetMemoryUtilizationPercentage" }}
{{- end }}
{{- end }}

{{/*
Renders an int-or-percent value (PDB): "50%" stays a quoted string, numbers
are printed as integers.
*/}}
{{- define "jitgate.intOrPercent" -}}
{{- if kindIs "string" . -}}
{{- if hasSuffix "%" . -}}
{{- . | quote -}}
{{- else -}}
{{- . | int -}}
{{- end -}}
{{- else -}}
{{- . | int -}}
{{- end -}}
{{- end }}

{{/*
Non-empty when metrics are also served on their own port (metrics.port).
*/}}
{{- define "jitgate.metricsPortEnabled" -}}
{{- if and .Values.metrics.port (gt (.Values.metrics.port | int) 0) -}}
true
{{- end -}}
{{- end }}

{{/*
The container port /metrics is scraped on.
*/}}
{{- define "jitgate.metricsPort" -}}
{{- if include "jitgate.metricsPortEnabled" . -}}
{{- .Values.metrics.port | int -}}
{{- else -}}
{{- .Values.server.port | int -}}
{{- end -}}
{{- end }}

{{/*
Rate-limit environment of one scope; empty when its rps is 0 (off).
Takes a dict: scope ("ORG" or "SUBJECT"), limit ({rps, burst}).
*/}}
{{- define "jitgate.rateLimitEnv" -}}
{{- if gt (.limit.rps | int64) 0 -}}
- name: JITGATE_RATE_LIMIT_{{ .scope }}_RPS
  value: {{ .limit.rps | int64 | quote }}
{{- if gt (.limit.burst | int64) 0 }}
- name: JITGATE_RATE_LIMIT_{{ .scope }}_BURST
  value: {{ .limit.burst | int64 | quote }}
{{- end }}
{{- end -}}
{{- end }}

{{/*
OpenTelemetry environment (OTEL_*); empty when otel.endpoint is empty.
OTEL_RESOURCE_ATTRIBUTES gets service.version, k8s.namespace.name and
k8s.pod.name (from K8S_POD_NAME, set from the downward API just before it),
then otel.resourceAttributes, whose keys win; sorted by key.
*/}}
{{- define "jitgate.otelEnv" -}}
{{- with .Values.otel.endpoint -}}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: {{ $.Values.otel.protocol | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ $.Values.otel.serviceName | default (include "jitgate.fullname" $) | quote }}
{{- with $.Values.otel.sampler }}
- name: OTEL_TRACES_SAMPLER
  value: {{ . | quote }}
{{- end }}
{{- with $.Values.otel.samplerArg }}
- name: OTEL_TRACES_SAMPLER_ARG
  value: {{ . | toString | quote }}
{{- end }}
- name: K8S_POD_NAME
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
{{- $attributes := dict "service.version" (include "jitgate.imageTag" $) "k8s.namespace.name" $.Release.Namespace "k8s.pod.name" "$(K8S_POD_NAME)" }}
{{- range $key, $value := $.Values.otel.resourceAttributes }}
{{- $_ := set $attributes $key (toString $value) }}
{{- end }}
{{- $pairs := list }}
{{- range $key := keys $attributes | sortAlpha }}
{{- $pairs = append $pairs (printf "%s=%s" $key (get $attributes $key)) }}
{{- end }}
- name: OTEL_RESOURCE_ATTRIBUTES
  value: {{ join "," $pairs | quote }}
{{- end -}}
{{- end }}
