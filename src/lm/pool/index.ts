export { createPool, PoolModel, type PoolEvent, type PoolOptions } from "./pool-model.js";
export { PoolEndpoint, type EndpointStats, type PoolEndpointConfig } from "./pool-endpoint.js";
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from "./circuit-breaker.js";
export { AdaptiveLimit } from "./adaptive-limit.js";
export { RateWindow } from "./rate-window.js";
