// Test helper: validates API payloads against the component schemas of the generated OpenAPI
// document with ajv (JSON Schema 2020-12, the dialect OpenAPI 3.1 uses), so a response that
// strays from the published description fails its test. Used by the integration and e2e tests.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { buildOpenApiDocument } from "./openapi";

// ajv-formats is CommonJS: its function is the default export under some loaders, `.default` under others.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

export type ResponseValidator = (schemaId: string, body: unknown) => string[];

/** A validator over `document` (the served openapi.json), or the one generated here. */
export function createResponseValidator(document: { components: { schemas: Record<string, unknown> } } = buildOpenApiDocument("http://portal.test")): ResponseValidator {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The wrapper's only keyword beyond JSON Schema holds the components the refs point into.
  ajv.addKeyword("components");
  ajv.addSchema({ $id: "urn:hld-portal:openapi", components: document.components }, "openapi");
  return (schemaId, body) => {
    const validate = ajv.getSchema(`urn:hld-portal:openapi#/components/schemas/${schemaId}`);
    if (!validate) throw new Error(`No component schema ${schemaId}`);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
  };
}
