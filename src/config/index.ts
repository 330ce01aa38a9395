export type { PromptcotConfig, ModelSpec, EmbeddedSpec, OpenAICompatibleSpec, EndpointSpec, TrainerSpec, EmbeddedTrainerSpec, OpenAIFineTuneSpec, ExternalCommandSpec, MiddlewareSpec, BatchSpec } from "./config-types.js";
export { validateConfig } from "./validate-config.js";
export { loadConfig, parseConfigJson, interpolateEnv, type LoadConfigOptions, type LoadedConfig } from "./load-config.js";
export { buildModels, type BuildModelsOptions, type BuiltModels } from "./build-models.js";
export { buildBatchTransport } from "./build-batch-transport.js";
