package de.querschnitt.exchange;

/** An imported account and the path of the invitation link with which its person sets a password. */
public record InvitationLink(String username, String displayName, String path) {
}
