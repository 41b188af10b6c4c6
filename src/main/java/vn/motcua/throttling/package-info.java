/**
 * Throttling of what strangers can reach, by client address: the API without login (every request, and lookups of
 * a dossier with a wrong code or id number, also per dossier), and logins (the webapps' login form and HTTP Basic on
 * the engine REST API and the staff API; wrong passwords per address and per account from that address). A request
 * over a limit is answered 429 with {@code Retry-After}. Accounts are never locked (see
 * {@code identity.login.PasswordCheckWithoutLockout}). Limits are kept in memory, per node.
 */
package vn.motcua.throttling;
