/** Login, roles and accounts. {@link de.querschnitt.security.Actor} is who is asking; services decide with it. */
package de.querschnitt.security;
