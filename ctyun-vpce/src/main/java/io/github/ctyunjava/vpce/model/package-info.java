/**
 * Generated request and response models and enums of the VPCE client. Models are immutable with
 * builders; Java names are lowerCamel while the JSON names are exactly as on the wire ({@code
 * regionID}, {@code ID}). An inline {@code returnObj} object is flattened into the response; a
 * named model or an array stays in {@code returnObj()}. Unknown JSON fields are ignored and unknown
 * enum values kept.
 */
package io.github.ctyunjava.vpce.model;
