// Argument map: hovering over or focusing a box picks out its relations, its lines and the boxes
// at their other ends (classes is-current, is-related, is-neighbour; the rest is dimmed by CSS).
// Without this script the map still works: boxes are links and light up on hover and focus.
(function () {
  var svg = document.querySelector('.map-svg');
  if (!svg) return;
  var edges = Array.prototype.slice.call(svg.querySelectorAll('.map-edge'));
  var nodes = Array.prototype.slice.call(svg.querySelectorAll('.map-node'));
  var focused = null;

  function clear() {
    svg.classList.remove('is-picking');
    nodes.forEach(function (n) { n.classList.remove('is-current', 'is-neighbour'); });
    edges.forEach(function (e) { e.classList.remove('is-related'); });
  }

  function pick(node) {
    clear();
    if (!node) return;
    var id = node.getAttribute('data-id');
    var neighbours = {};
    svg.classList.add('is-picking');
    node.classList.add('is-current');
    edges.forEach(function (edge) {
      var from = edge.getAttribute('data-from');
      var to = edge.getAttribute('data-to');
      if (from !== id && to !== id) return;
      edge.classList.add('is-related');
      // Drawn last, so a picked line lies over the others.
      edge.parentNode.appendChild(edge);
      neighbours[from === id ? to : from] = true;
    });
    nodes.forEach(function (n) { if (neighbours[n.getAttribute('data-id')]) n.classList.add('is-neighbour'); });
  }

  nodes.forEach(function (node) {
    node.addEventListener('mouseenter', function () { pick(node); });
    node.addEventListener('mouseleave', function () { pick(focused); });
    node.addEventListener('focus', function () { focused = node; pick(node); });
    node.addEventListener('blur', function () { if (focused === node) focused = null; pick(null); });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && svg.classList.contains('is-picking')) pick(null);
  });
})();
