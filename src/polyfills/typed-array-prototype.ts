/** The prototype every typed array (Uint8Array, Float64Array, …) inherits its methods from. */
export const typedArrayPrototype: object = Object.getPrototypeOf(Int8Array.prototype) as object;
