// Buttons marked data-print open the browser's print dialog (no inline handlers: the
// Content-Security-Policy refuses them).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () {
    window.print();
  });
});
