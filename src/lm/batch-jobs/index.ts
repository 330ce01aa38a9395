export { batchCustomId, batchRequestLine, isRetryableOutcome, isSuccessfulOutcome, parseBatchOutputLine, type BatchOutcome, type BatchOutputLine, type BatchRequestLine } from "./batch-lines.js";
export { formatBatchInput, mergeOutcomes, parseBatchOutput, readBatchOutputFile, writeBatchInputFile } from "./batch-files.js";
export { groupByUrl, type BatchProgress, type BatchRunOptions, type BatchRunResult, type BatchTransport } from "./batch-transport.js";
export { generateBodies, profileOf, scoreBody, type GenerateBody } from "./request-bodies.js";
export { collectingModel, replayModel, DeferredToBatchError } from "./batch-replay-model.js";
export { runBatchJob, type BatchFailure, type BatchJobOptions, type BatchJobReport } from "./run-batch-job.js";
export { openAIBatchTransport, type OpenAIBatchTransportOptions } from "./openai-batch-transport.js";
export { commandBatchTransport, type CommandBatchTransportOptions } from "./command-batch-transport.js";
export { outputFilesTransport } from "./output-files-transport.js";
