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
  activation,
  activationIds,
  allFacts,
  activations,
  allSeries,
  families,
  createRegistry,
  curve,
  isActivationId,
  isSeriesId,
  paramChoice,
  paramDefaults,
  paramNumber,
  series,
  seriesFunctions,
  seriesOf,
  type Activation,
  type ActivationCurve,
  type ActivationId,
  type ChoiceParam,
  type ExtraFormula,
  type Family,
  type FrameworkCall,
  type GeluApprox,
  type IdeaId,
  type Param,
  type ParamValue,
  type ParamValues,
  type RangeParam,
  type Series,
  type SeriesId,
  type SeriesSpec,
  type SeriesStyle,
  type SpecialPoint,
  type TorchArg,
  type TorchSpec,
} from './registry.ts';
export { texGeluSigmoid, texGeluTanh, texNumber, texPhi, texSwish } from './tex.ts';
export { tanh, tanhGrad } from './tanh.ts';
export { elu, eluGrad, eluLowerBound } from './elu.ts';
export { selu, seluGrad, seluLowerBound, SELU_ALPHA, SELU_SCALE, SELU_SCALE_ALPHA } from './selu.ts';
export { softplus, softplusGrad, softplusReluMaxGap, type SoftplusGap } from './softplus.ts';
export { mish, mishGrad, mishMinimum } from './mish.ts';
export { hardswish, hardswishGrad, hardswishMinimum } from './hardswish.ts';
