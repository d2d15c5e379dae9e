package org.laborbridge.identity.web;

/** Something a role can do, as a link on its home page; {@code name} is a message key. */
record Task(String name, String path) {}
