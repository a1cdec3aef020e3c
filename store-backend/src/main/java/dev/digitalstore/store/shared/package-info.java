/**
 * What every feature may use: problem details for errors, security wiring, shared value
 * types.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.digitalstore.store.shared;
