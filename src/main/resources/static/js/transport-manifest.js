// The print button of the manifest page: a script file, because the pages allow no inline script.
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("print");
  if (button) {
    button.addEventListener("click", () => window.print());
  }
});
