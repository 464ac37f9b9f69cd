<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('conversaciones', function (Blueprint $table) {
            $table->id();
            $table->string('wa_id')->unique();
            $table->enum('estado', ['bot', 'agente'])->default('bot');
            $table->timestamp('en_cola_desde')->nullable();
            $table->foreignId('agente_id')->nullable(); // usuario de la consola de agentes
            $table->timestamps();
        });

        Schema::create('mensajes', function (Blueprint $table) {
            $table->id();
            $table->foreignId('conversacion_id')->constrained('conversaciones');
            $table->string('rol');
            $table->text('texto');
            $table->timestamps();
        });
    }
};
