// The account information step asks only what the answers so far call for: the County once a State is
// chosen, the business tax ID for a commercial User Type. A part marked data-shown-with names the list
// it follows; data-shown-for lists the values that show it (any choice, if absent). Without this
// script every part is shown, and the server asks only for what the answers call for.
"use strict";

for (const part of document.querySelectorAll("[data-shown-with]")) {
  const list = document.getElementById(part.dataset.shownWith);
  const values = part.dataset.shownFor ? JSON.parse(part.dataset.shownFor) : null;
  const follow = () => {
    part.hidden = values ? !values.includes(list.value) : list.value === "";
  };
  list.addEventListener("change", follow);
  list.addEventListener("input", follow);
  follow();
}
