// Public surface of the numeric core: plain float64 functions and the activation registry.
export { erf, erfc } from './erf.ts';
export { normalCdf, normalPdf } from './normal.ts';
export { sigmoid, sigmoidGrad } from './sigmoid.ts';
export { relu, reluGrad } from './relu.ts';
export { leakyRelu, leakyReluGrad } from './leaky-relu.ts';
export { gelu, geluGrad } from './gelu.ts';
export { geluTanh, geluTanhGrad } from './gelu-tanh.ts';
export { geluSigmoid, geluSigmoidGrad } from './gelu-sigmoid.ts';
export { silu, siluGrad } from './silu.ts';
export { swish, swishGrad } from './swish.ts';
export {
  geluGradZero,
  geluMinimum,
  getFacts,
  maxApproxError,
  sigmoidGradMaximum,
  swishMinimum,
  type Facts,
  type MaxError,
  type Point,
} from './special.ts';
export {
  activationIds,
  activations,
  validateParams,
  type Activation,
  type ActivationId,
  type ChoiceParam,
  type GeluApprox,
  type Param,
  type ParamValues,
  type RangeParam,
  type ResolvedParams,
} from './registry.ts';
export { texGeluSigmoid, texGeluTanh, texNumber, texPhi, texSwish } from './tex.ts';
export { range, type Extents } from './range.ts';
