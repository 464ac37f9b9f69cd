<?php

namespace App\Listeners;

use App\Events\PedidoDespachado;
use App\Notifications\PedidoEnviado;

class NotificarEnvio
{
    public function handle(PedidoDespachado $event): void
    {
        $event->pedido->cliente->notify(new PedidoEnviado($event->pedido));
    }
}
