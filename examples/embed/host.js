// The host page's own script: it hears that a request was sent, and nothing about the patient.
document.addEventListener('ipm-widget:completed', () => {
  document.getElementById('widget-status').textContent =
    'Thank you: your request reached the clinic. We will call you back.';
});
