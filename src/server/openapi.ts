// GET /openapi.json: an OpenAPI 3.1 document generated from the route table and its zod
// schemas (JSON Schema 2020-12, which OpenAPI 3.1 uses as is), so the document cannot drift
// from what the server validates and answers.
import { z } from 'zod';
import { TOOL_VERSION } from '../io/batch/version.js';

export interface RouteAnswer {
  description: string;
  contentType: string;
  schema?: z.ZodType;
}

export interface RouteDocument {
  method: 'get' | 'post';
  url: string;
  summary: string;
  query?: z.ZodObject;
  body?: { contentType: string; schema?: z.ZodType; description: string }[];
  answers: Record<number, RouteAnswer>;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

export function openApiDocument(routes: readonly RouteDocument[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = { summary: route.summary, responses: {} };
    if (route.query) {
      const properties = (jsonSchema(route.query, 'input') as { properties: Record<string, { description?: string }> }).properties;
      operation.parameters = Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema, description: schema.description }));
    }
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(route.body.map((part) => [part.contentType, { schema: part.schema ? jsonSchema(part.schema, 'input') : { type: 'string' }, description: part.description }])),
        description: route.body.map((part) => `${part.contentType}: ${part.description}`).join('; '),
      };
    }
    for (const [status, answer] of Object.entries(route.answers)) {
      (operation.responses as Record<string, unknown>)[status] = {
        description: answer.description,
        content: { [answer.contentType]: { schema: answer.schema ? jsonSchema(answer.schema, 'output') : { type: 'string' } } },
      };
    }
    (paths[route.url] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'numclaims', version: TOOL_VERSION, description: 'Numeric claims from Chinese and English press releases and news pages.' },
    paths,
  };
}
