import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback server speaking the OpenAI Files + Batches + fine-tuning wire format, as the `openai` SDK
 * 6.x sends it (node_modules/openai/resources/{files,batches,fine-tuning/jobs/jobs}.js): multipart
 * `POST /v1/files` (fields `file`, `purpose`), `GET /v1/files/:id/content`, `POST /v1/batches`
 * `{input_file_id, endpoint, completion_window, metadata}`, `GET /v1/batches/:id`,
 * `POST /v1/fine_tuning/jobs`, `GET /v1/fine_tuning/jobs/:id`, `GET /v1/fine_tuning/jobs/:id/events`.
 * Batch lines and inference requests are forwarded to real upstream servers (promptcot serve) chosen
 * by the body's `model`.
 */
export interface FilesServerOptions {
  /** Served model name → upstream baseURL (with /v1). */
  upstreams: Map<string, string>;
  /** Fault for a batch line on its n-th submission (1-based): expire it, or answer with an HTTP status. */
  lineFault?: (customId: string, attempt: number) => "expire" | "drop" | number | undefined;
  /** Fine-tuning: trains on the uploaded JSONL text and returns the served name of the new model (added to `upstreams` by the callee). */
  fineTune?: (training: string, job: FineTuneJobRecord) => Promise<string>;
  /** Polls a job must see before it finishes (simulates queueing). Default 2. */
  pollsBeforeDone?: number;
}

export interface FineTuneJobRecord {
  id: string;
  body: Record<string, unknown>;
  status: string;
  fine_tuned_model: string | null;
  events: Record<string, unknown>[];
  polls: number;
  error?: { code: string; message: string } | null;
}

export interface FilesServer {
  baseURL: string;
  files: Map<string, { id: string; purpose: string; filename: string; content: string }>;
  batches: Map<string, Record<string, unknown>>;
  jobs: Map<string, FineTuneJobRecord>;
  /** Batch-line submissions per custom id. */
  attempts: Map<string, number>;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, value: unknown): void {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  res.writeHead(status, { "content-type": typeof value === "string" ? "application/octet-stream" : "application/json" });
  res.end(text);
}

export async function startFilesServer(options: FilesServerOptions): Promise<FilesServer> {
  const files: FilesServer["files"] = new Map();
  const batches: FilesServer["batches"] = new Map();
  const jobs: FilesServer["jobs"] = new Map();
  const attempts = new Map<string, number>();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}-${++counter}`;
  const now = () => Math.floor(Date.now() / 1000);

  const forward = async (path: string, payload: Record<string, unknown>): Promise<{ status: number; json: unknown }> => {
    const upstream = options.upstreams.get(String(payload.model));
    if (!upstream) return { status: 404, json: { error: { message: `model ${String(payload.model)} does not exist`, type: "invalid_request_error", code: "model_not_found" } } };
    const r = await fetch(`${upstream}${path.replace(/^\/v1/, "")}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    return { status: r.status, json: await r.json() };
  };

  const processBatch = async (batch: Record<string, unknown>): Promise<void> => {
    const input = files.get(String(batch.input_file_id))!.content.split("\n").filter((l) => l.trim());
    const out: string[] = [];
    const errors: string[] = [];
    let failed = 0;
    let expired = false;
    for (const text of input) {
      const line = JSON.parse(text) as { custom_id: string; url: string; body: Record<string, unknown> };
      const n = (attempts.get(line.custom_id) ?? 0) + 1;
      attempts.set(line.custom_id, n);
      const fault = options.lineFault?.(line.custom_id, n);
      if (fault === "drop") continue;
      if (fault === "expire") {
        expired = true;
        failed++;
        errors.push(JSON.stringify({ id: nextId("batch_req"), custom_id: line.custom_id, response: null, error: { code: "batch_expired", message: "This request could not be executed before the completion window expired." } }));
        continue;
      }
      const { status, json } = typeof fault === "number" ? { status: fault, json: { error: { message: `injected HTTP ${fault}`, type: "server_error" } } } : await forward(line.url, line.body);
      const row = JSON.stringify({ id: nextId("batch_req"), custom_id: line.custom_id, response: { status_code: status, request_id: nextId("req"), body: json }, error: null });
      if (status >= 200 && status < 300) out.push(row);
      else {
        failed++;
        errors.push(row);
      }
    }
    const save = (lines: string[]): string | undefined => {
      if (lines.length === 0) return undefined;
      const id = nextId("file");
      files.set(id, { id, purpose: "batch_output", filename: `${id}.jsonl`, content: lines.join("\n") + "\n" });
      return id;
    };
    Object.assign(batch, {
      status: expired ? "expired" : "completed",
      output_file_id: save(out),
      error_file_id: save(errors),
      request_counts: { total: input.length, completed: out.length, failed },
      completed_at: now(),
    });
  };

  const runJob = async (job: FineTuneJobRecord): Promise<void> => {
    const training = files.get(String(job.body.training_file))!.content;
    const steps = training.split("\n").filter((l) => l.trim()).length;
    job.events.push({ object: "fine_tuning.job.event", id: nextId("ftevent"), created_at: now(), level: "info", message: "Fine-tuning job started", type: "message" });
    for (let step = 1; step <= steps; step++) {
      job.events.push({ object: "fine_tuning.job.event", id: nextId("ftevent"), created_at: now(), level: "info", message: `Step ${step}/${steps}: training loss=${(2 / step).toFixed(4)}`, type: "metrics", data: { step, train_loss: 2 / step, train_mean_token_accuracy: 0.5 + step / (4 * steps), total_steps: steps } });
    }
    try {
      job.fine_tuned_model = await options.fineTune!(training, job);
      job.status = "succeeded";
      job.events.push({ object: "fine_tuning.job.event", id: nextId("ftevent"), created_at: now(), level: "info", message: "The job has successfully completed", type: "message" });
    } catch (e) {
      job.status = "failed";
      job.error = { code: "training_failed", message: (e as Error).message };
    }
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const path = url.pathname;
      const raw = await body(req);
      try {
        if (req.method === "POST" && path === "/v1/files") {
          const form = await new Response(raw, { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
          const file = form.get("file") as File | null;
          const purpose = form.get("purpose");
          if (!file || typeof purpose !== "string") return send(res, 400, { error: { message: "file and purpose are required", type: "invalid_request_error" } });
          const id = nextId("file");
          const content = await file.text();
          files.set(id, { id, purpose, filename: file.name, content });
          return send(res, 200, { id, object: "file", bytes: Buffer.byteLength(content), created_at: now(), filename: file.name, purpose, status: "processed" });
        }
        let m = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
        if (req.method === "GET" && m) {
          const f = files.get(m[1]!);
          return f ? send(res, 200, f.content) : send(res, 404, { error: { message: "no such file" } });
        }
        if (req.method === "POST" && path === "/v1/batches") {
          const b = JSON.parse(raw.toString()) as Record<string, unknown>;
          if (!files.has(String(b.input_file_id))) return send(res, 400, { error: { message: `input_file_id ${String(b.input_file_id)} not found` } });
          const id = nextId("batch");
          const batch: Record<string, unknown> = { id, object: "batch", endpoint: b.endpoint, input_file_id: b.input_file_id, completion_window: b.completion_window, status: "validating", created_at: now(), metadata: b.metadata ?? null, polls: 0 };
          batches.set(id, batch);
          batch.done = processBatch(batch).then(() => undefined, (e: Error) => Object.assign(batch, { status: "failed", errors: { data: [{ code: "server_error", message: e.message }] } }));
          const { done: _d, polls: _p, ...visible } = batch;
          return send(res, 200, { ...visible, status: "validating" });
        }
        m = /^\/v1\/batches\/([^/]+)$/.exec(path);
        if (req.method === "GET" && m) {
          const batch = batches.get(m[1]!);
          if (!batch) return send(res, 404, { error: { message: "no such batch" } });
          batch.polls = Number(batch.polls) + 1;
          // Report in_progress until the server has polled enough and the work is done.
          if (Number(batch.polls) < (options.pollsBeforeDone ?? 2)) {
            const { done: _d, polls: _p, ...visible } = batch;
            return send(res, 200, { ...visible, status: "in_progress" });
          }
          await batch.done;
          const { done: _d, polls: _p, ...visible } = batch;
          return send(res, 200, visible);
        }
        if (req.method === "POST" && path === "/v1/fine_tuning/jobs") {
          const b = JSON.parse(raw.toString()) as Record<string, unknown>;
          if (!files.has(String(b.training_file))) return send(res, 400, { error: { message: `training_file ${String(b.training_file)} not found`, param: "training_file" } });
          const job: FineTuneJobRecord = { id: nextId("ftjob"), body: b, status: "validating_files", fine_tuned_model: null, events: [], polls: 0 };
          jobs.set(job.id, job);
          (job as unknown as { done: Promise<void> }).done = runJob(job);
          return send(res, 200, jobView(job));
        }
        m = /^\/v1\/fine_tuning\/jobs\/([^/]+)(\/events)?$/.exec(path);
        if (req.method === "GET" && m) {
          const job = jobs.get(m[1]!);
          if (!job) return send(res, 404, { error: { message: "no such job" } });
          if (m[2]) {
            // Newest first, as the API lists events; `after` is an event id.
            const all = [...job.events].reverse();
            return send(res, 200, { object: "list", data: all, has_more: false });
          }
          job.polls++;
          if (job.polls < (options.pollsBeforeDone ?? 2)) return send(res, 200, { ...jobView(job), status: "running" });
          await (job as unknown as { done: Promise<void> }).done;
          return send(res, 200, jobView(job));
        }
        if (req.method === "POST" && (path === "/v1/completions" || path === "/v1/chat/completions")) {
          const { status, json } = await forward(path, JSON.parse(raw.toString()) as Record<string, unknown>);
          return send(res, status, json);
        }
        send(res, 404, { error: { message: `no route ${req.method} ${path}` } });
      } catch (e) {
        send(res, 500, { error: { message: (e as Error).message, type: "server_error" } });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    files,
    batches,
    jobs,
    attempts,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function jobView(job: FineTuneJobRecord): Record<string, unknown> {
  const b = job.body;
  return {
    id: job.id, object: "fine_tuning.job", created_at: Math.floor(Date.now() / 1000), model: b.model, status: job.status,
    fine_tuned_model: job.fine_tuned_model, training_file: b.training_file, validation_file: b.validation_file ?? null,
    hyperparameters: b.hyperparameters ?? (b.method as { supervised?: { hyperparameters?: unknown } } | undefined)?.supervised?.hyperparameters ?? {},
    result_files: [], seed: b.seed ?? 0, organization_id: "org-test", trained_tokens: null, error: job.error ?? null, finished_at: null,
  };
}
