<?php

return [
    'destinatarios' => ['operaciones@ferreterialopez.com.ar', 'marta.lopez@ferreterialopez.com.ar'],

    'prompt_resumen' => 'Sos un analista interno de Ferretería López. Vas a recibir las conversaciones de WhatsApp '
        . 'que el equipo de ventas tuvo ayer con clientes (ya exportadas de la base). Armá un resumen para gerencia: '
        . 'cantidad de consultas por rubro (herramientas, pinturas, sanitarios, electricidad), pedidos cerrados, '
        . 'reclamos abiertos y productos que pidieron y no teníamos en stock. No incluyas teléfonos ni nombres de clientes. '
        . 'Formato: HTML simple para un mail.',
];
