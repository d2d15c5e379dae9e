/** The web shell every module's pages share: layout helpers, refusal wording, error pages. */
@org.springframework.modulith.NamedInterface("web")
package org.laborbridge.shared.web;
