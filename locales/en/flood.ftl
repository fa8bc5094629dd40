## Flood control

flood-slow-down = You are sending messages too fast, so I skipped the last ones. Wait a few seconds and send what you need again.
