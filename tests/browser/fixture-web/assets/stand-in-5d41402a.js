// Opens graphql-ws on the same host, as the app's live screens will: a policy that refused it
// would show in the console, which fails the test.
const status = document.getElementById('live-status');
const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`, 'graphql-transport-ws');
socket.addEventListener('open', () => {
  status.textContent = 'Connected';
  socket.close();
});
socket.addEventListener('error', () => (status.textContent = 'Not connected'));
