// Validates every object in the given manifest files (YAML or JSON, one or many documents) against the schema of
// its apiVersion and kind, as published in the Kubernetes OpenAPI (kubernetes-models) and the Prometheus Operator's
// CRDs (@kubernetes-models/prometheus-operator). Offline: the schemas ship inside the npm packages.
// Usage: node check.mjs FILE...   Exit status 1 if any object is unknown or invalid.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const MODULES = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

async function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const base = MODULES[group] ?? "kubernetes-models";
  const path = group ? `${base}/${group}/${version}/${kind}` : `${base}/${version}/${kind}`;
  const module = await import(path);
  return module[kind] ?? module.default;
}

function objectsIn(file) {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : parsed.kind === "List" ? parsed.items : [parsed];
  }
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    return doc.toJS();
  }).filter((o) => o !== null);
}

let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const object of objectsIn(file)) {
    const label = `${file}: ${object.kind} ${object.metadata?.name}`;
    try {
      const Model = await modelOf(object.apiVersion, object.kind);
      new Model(object).validate();
      console.log(`valid   ${label} (${object.apiVersion})`);
    } catch (e) {
      failures++;
      console.log(`INVALID ${label} (${object.apiVersion}): ${e.message}`);
    }
  }
}
if (failures) {
  console.log(`${failures} manifest object(s) failed the schema check`);
  process.exit(1);
}
