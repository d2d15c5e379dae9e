/**
 * Fair assignment as a feature: runs computed from a fair's sign-ups and postings, stored, shown
 * within the caller's scope, and confirmed once into applications with interview invitations.
 */
package org.laborbridge.matching.fairs;
