/** Shared kernel: resident ID numbers, GB/T 2260 regions, credit codes, phone numbers, money, Chinese text and masking, plus the web shell every page uses. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.laborbridge.shared;
