/**
 * How often an open page asks the server what the other side changed (a light poll; README,
 * design notes). A page in a hidden tab does not ask; it asks at once when shown again.
 */
export const POLL_MS = 5000;
