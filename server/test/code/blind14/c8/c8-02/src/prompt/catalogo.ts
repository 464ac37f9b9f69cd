export const CATALOGO = `Lo que vendemos:
- Zapatillas urbanas (marcas propias "Luna Street" de 49,90 € a 79,90 €)
- Botines y botas de piel (89 € - 149 €)
- Calzado infantil del 22 al 35
- Plantillas, cordones y productos de cuidado para piel y ante

Envíos a toda la península en 24-48 h (gratis desde 60 €). Cambios y devoluciones en 30 días
presentando el ticket o el número de pedido. Tallas: si duda entre dos, recomienda la mayor en botas.`;
