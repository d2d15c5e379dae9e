package org.laborbridge.workshops.api;

record LeaveRequest(String endDate) {}
