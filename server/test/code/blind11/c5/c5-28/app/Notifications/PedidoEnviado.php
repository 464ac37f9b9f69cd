<?php

namespace App\Notifications;

use App\Channels\WhatsAppChannel;
use App\Models\Pedido;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Notifications\Notification;

class PedidoEnviado extends Notification implements ShouldQueue
{
    use Queueable;

    public function __construct(public Pedido $pedido) {}

    public function via(object $notifiable): array
    {
        return $notifiable->aceita_whatsapp ? [WhatsAppChannel::class, 'mail'] : ['mail'];
    }

    public function toWhatsApp(object $notifiable): array
    {
        $tpl = config('whatsapp.templates.pedido_enviado');
        return [
            'name' => $tpl['name'],
            'language' => ['code' => $tpl['language']],
            'components' => [[
                'type' => 'body',
                'parameters' => [
                    ['type' => 'text', 'text' => $notifiable->primeiro_nome],
                    ['type' => 'text', 'text' => $this->pedido->numero],
                    ['type' => 'text', 'text' => $this->pedido->codigo_rastreio],
                ],
            ]],
        ];
    }

    public function toMail(object $notifiable)
    {
        return (new \Illuminate\Notifications\Messages\MailMessage)
            ->subject("Seu pedido {$this->pedido->numero} foi enviado")
            ->line("Código de rastreio: {$this->pedido->codigo_rastreio}");
    }
}
