export { ExternalCommandTrainer, type ExternalCommandTrainerOptions, type Launcher } from "./external-command-trainer.js";
export { OpenAIFineTuneTrainer, type OpenAIFineTuneOptions } from "./openai-fine-tune-trainer.js";
export { serveWithCommand, freePort, type ServeCommandOptions, type ServedModel, type ServeOutput } from "./serve-output.js";
export { parseTrainerLogLine, readTrainerState, summarizeTrainerState, type MetricRow, type TrainerState } from "./trl-logs.js";
export { writeSftJsonl, writeDpoJsonl, writeOpenAIChatJsonl, writeTrainerConfig, type PreferenceExample } from "./training-files.js";
export { withTrainer } from "./with-trainer.js";
export { observeTrainer } from "./observed-trainer.js";
