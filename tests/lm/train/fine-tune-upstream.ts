import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { startServer, type RunningServer } from "../../../src/lm/serve/index.js";
import { startFilesServer, type FilesServer } from "../../helpers/openai-files-server.js";
import { smallModel } from "../serve/test-server.js";

/**
 * The loopback Files/fine-tuning server with real "training": a job adapts the embedded model named by the
 * job's `model` on the uploaded conversations and serves it (promptcot serve) under the fine-tuned name,
 * reachable through the files server's own /v1/completions like OpenAI's.
 */
export async function startFineTuneUpstream(): Promise<{ files: FilesServer; close(): Promise<void> }> {
  const servers: RunningServer[] = [];
  const upstreams = new Map<string, string>();
  const base = await smallModel();
  const baseServer = await startServer({ model: base, servedName: "tiny" });
  servers.push(baseServer);
  upstreams.set("tiny", baseServer.baseURL);
  const models = new Map<string, EmbeddedModel>([["tiny", base]]);
  const files = await startFilesServer({
    upstreams,
    pollsBeforeDone: 2,
    fineTune: async (training, job) => {
      const rows = training.trim().split("\n").map((l) => JSON.parse(l) as { messages: { role: string; content: string }[] });
      const examples = rows.map((r) => ({ prompt: r.messages.find((m) => m.role === "user")!.content, completion: r.messages.find((m) => m.role === "assistant")!.content }));
      const from = models.get(String(job.body.model));
      if (!from) throw new Error(`model ${String(job.body.model)} not found`);
      const epochs = (job.body.method as { supervised: { hyperparameters: { n_epochs?: number } } }).supervised.hyperparameters.n_epochs ?? 1;
      const { model } = await from.trainer!.fit(examples, { mode: "adapt", learningRate: 2e-5, epochs });
      const name = `ft:${String(job.body.model)}:${String(job.body.suffix)}:${job.id}`;
      const server = await startServer({ model, servedName: name });
      servers.push(server);
      upstreams.set(name, server.baseURL);
      models.set(name, model as EmbeddedModel);
      return name;
    },
  });
  return {
    files,
    async close() {
      await files.close();
      for (const s of servers) await s.close();
    },
  };
}
